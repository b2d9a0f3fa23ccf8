using Oms.Domain.Orders;

namespace Oms.Domain.Returns;

/// <summary>
/// Decides which requested units may come back: only what reached the customer (delivered, collected, carried out —
/// or, for a claim, also shipped and lost on the way), not yet returned or requested in another open return, within
/// the channel's window, and not a non-returnable SKU or category. Pure: the caller reads the order and other returns.
/// The race between two returns for the same units is the caller's (a conditional update or a lock on the order).
/// </summary>
public static class ReturnEligibility
{
    public static EligibilityResult Check(ReturnPolicy policy, string channelCode, string reasonCode, IReadOnlyList<SoldLine> sold,
        IReadOnlyList<ReturnRequestLine> requested, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(sold);
        ArgumentNullException.ThrowIfNull(requested);
        var reason = policy.Reason(reasonCode);
        var refusal = reason is null
            ? $"'{reasonCode}' is not a return reason; choose one of {string.Join(", ", policy.Reasons.Select(r => r.Code))}."
            : null;
        var claim = reason is { NeedsGoodsBack: false };
        var window = policy.WindowDaysFor(channelCode);
        var lines = new List<LineEligibility>(requested.Count);
        var askedSoFar = new Dictionary<Guid, int>();
        foreach (var r in requested)
        {
            var line = sold.FirstOrDefault(s => s.OrderLineId == r.OrderLineId);
            if (line is null)
            {
                lines.Add(new(r.OrderLineId, null, r.Quantity, 0, $"The order has no line {r.OrderLineId}."));
                continue;
            }
            var asked = askedSoFar.GetValueOrDefault(line.OrderLineId);
            var reached = Reached(line.Status, claim);
            var returnable = reached ? Math.Max(0, line.Quantity - line.AlreadyReturned - asked) : 0;
            askedSoFar[line.OrderLineId] = asked + Math.Max(0, r.Quantity);
            lines.Add(new(line.OrderLineId, line.LineNumber, r.Quantity, returnable, Why(line, r.Quantity, reached, returnable, asked,
                policy, window, claim, now)));
        }
        return new(reason, lines, refusal);
    }

    private static string? Why(SoldLine line, int quantity, bool reached, int returnable, int asked, ReturnPolicy policy, int window,
        bool claim, DateTime now)
    {
        var name = $"Line {line.LineNumber} ({line.Sku})";
        if (quantity <= 0) return $"{name}: the quantity must be greater than zero (was {quantity}).";
        if (!reached)
            return line.Status is LineStatus.Cancelled or LineStatus.PickupExpired
                ? $"{name} was {line.Status}: nothing was sold, so nothing can come back."
                : $"{name} is {line.Status}: it has not reached the customer yet{(claim ? "" : "; cancel it instead")}.";
        if (policy.IsNonReturnable(line.Sku, line.Category))
            return $"{name} cannot be returned: {(policy.NonReturnableSkus.Contains(line.Sku, StringComparer.OrdinalIgnoreCase)
                ? "the SKU" : $"category {line.Category}")} is not returnable.";
        // A claim for goods lost or damaged on the way is not bound by the window for changing one's mind.
        if (!claim && now > line.CompletedAt.AddDays(window))
            return $"{name}: the {window}-day return window ended on {line.CompletedAt.AddDays(window):yyyy-MM-dd}.";
        if (quantity > returnable)
        {
            var taken = line.AlreadyReturned + asked;
            return $"{name}: {quantity} unit(s) asked, but only {returnable} of {line.Quantity} can come back" +
                $"{(taken > 0 ? $" ({taken} already returned or requested)" : "")}.";
        }
        return null;
    }

    private static bool Reached(LineStatus status, bool claim)
        => status is LineStatus.Delivered or LineStatus.Collected or LineStatus.CarriedOut || claim && status == LineStatus.Shipped;
}
