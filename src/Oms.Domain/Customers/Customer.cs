using Oms.Domain.Common;

namespace Oms.Domain.Customers;

/// <summary>
/// A customer, identified by e-mail across every channel, so that the service desk sees one history
/// for store and online purchases.
/// </summary>
public sealed class Customer
{
    private Customer() { Email = null!; Name = null!; }

    public Customer(Guid id, string email, string name, string? phone, DateTime createdAt)
    {
        Id = id;
        Email = NormalizeEmail(email);
        Name = Guard.NotEmpty(name, "customer.name");
        Phone = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim();
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }
    public string Email { get; private set; }
    public string Name { get; private set; }
    public string? Phone { get; private set; }
    public DateTime CreatedAt { get; private set; }

    /// <summary>Keeps the latest name and phone a channel sent.</summary>
    public void Refresh(string name, string? phone)
    {
        Name = Guard.NotEmpty(name, "customer.name");
        if (!string.IsNullOrWhiteSpace(phone)) Phone = phone.Trim();
    }

    public static string NormalizeEmail(string? email)
    {
        var e = Guard.NotEmpty(email, "customer.email").ToLowerInvariant();
        var at = e.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at < e.Length - 1 && !e.Contains(' ', StringComparison.Ordinal)
            ? e
            : throw new BusinessRuleException("customer.email", $"'{email}' is not an e-mail address.");
    }
}
