using Oms.Domain.Orders;

namespace Oms.Server.Core.Contracts;

/// <summary>The order's customer; absent on an anonymous till sale.</summary>
public sealed record CustomerResponse(Guid Id, string? Email, string? Name, string? Phone)
{
    public static CustomerResponse? Of(Order o)
        => o.CustomerId is { } id ? new CustomerResponse(id, o.CustomerEmail, o.CustomerName, o.CustomerPhone) : null;
}
