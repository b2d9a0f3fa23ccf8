using Oms.Domain.Orders;

namespace Oms.Domain.Returns;

/// <summary>
/// What eligibility needs to know of one order line: what was sold and when it reached the customer.
/// </summary>
/// <param name="Quantity">The line's units.</param>
/// <param name="CompletedAt">When the line was delivered, collected or carried out (the return window starts then); the
/// sale's time when no such time is known.</param>
/// <param name="AlreadyReturned">Units in other returns that are not cancelled or rejected (requested, received or refunded).</param>
/// <param name="Category">The product's category, if the catalogue has one.</param>
public sealed record SoldLine(
    Guid OrderLineId,
    int LineNumber,
    string Sku,
    string? Category,
    int Quantity,
    LineStatus Status,
    DateTime CompletedAt,
    int AlreadyReturned);
