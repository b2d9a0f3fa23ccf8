using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Orders;
using Oms.Persistence;

namespace Oms.Server.Core.Orders;

/// <summary>
/// What authorises a customer without an account (the order-status page and the returns it starts): the order number with
/// the order's e-mail address or a postal code it was sent to. A wrong pair answers exactly as an unknown number (404), so a
/// caller learns nothing about which numbers exist; the endpoints using it are rate limited like sign-in.
/// </summary>
public static class CustomerProof
{
    /// <summary>400 when the number or both the e-mail address and the postal code are missing or too long.</summary>
    public static void Validate(string? number, string? email, string? postalCode)
    {
        var failures = new List<ValidationFailure>();
        if (string.IsNullOrWhiteSpace(number)) failures.Add(new ValidationFailure("number", "Enter the order number."));
        else if (number.Length > 64) failures.Add(new ValidationFailure("number", "An order number is at most 64 characters."));
        if (string.IsNullOrWhiteSpace(email) && string.IsNullOrWhiteSpace(postalCode))
            failures.Add(new ValidationFailure("email", "Enter the e-mail address of the order or the postal code it was sent to."));
        if (email?.Length > 320 || postalCode?.Length > 32)
            failures.Add(new ValidationFailure("postalCode", "That e-mail address or postal code is too long."));
        if (failures.Count > 0) throw new ValidationException(failures);
    }

    /// <summary>The order, whole and untracked, when the proof holds; 404 otherwise (also for an unknown number).</summary>
    public static async Task<Order> OrderAsync(OmsDbContext db, string? number, string? email, string? postalCode, CancellationToken ct)
    {
        Validate(number, email, postalCode);
        var wanted = number!.Trim().ToUpperInvariant();
        var order = await db.WithEverything().AsNoTracking().FirstOrDefaultAsync(o => o.Number == wanted, ct);
        if (order is null || !Matches(order, email, postalCode)) throw new NotFoundException("Order", wanted);
        return order;
    }

    /// <summary>The e-mail address of the order (any case), or a postal code of its or its lines' addresses (spaces and case ignored).</summary>
    public static bool Matches(Order order, string? email, string? postalCode)
    {
        if (!string.IsNullOrWhiteSpace(email) && order.CustomerEmail is { } stored
            && string.Equals(stored, email.Trim(), StringComparison.OrdinalIgnoreCase)) return true;
        if (postalCode is not { } code || string.IsNullOrWhiteSpace(code)) return false;
        var wanted = Compact(code);
        return new[] { order.ShippingAddress, order.BillingAddress }.Concat(order.Lines.Select(l => l.ShippingAddress))
            .Any(a => a is not null && Compact(a.PostalCode) == wanted);
    }

    private static string Compact(string postalCode) => string.Concat(postalCode.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
}
