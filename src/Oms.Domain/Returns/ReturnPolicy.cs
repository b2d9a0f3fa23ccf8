using Oms.Domain.Common;
using Oms.Domain.OrderWorkflows;

namespace Oms.Domain.Returns;

/// <summary>
/// Which sold units may come back, within what time, and for which reasons. A versioned configuration document like the
/// fraud rules: the store assigns <see cref="Version"/>; the constructor refuses an invalid document with every field
/// error at once. SKU and category codes compare ordinally, case-insensitively.
/// </summary>
public sealed class ReturnPolicy
{
    public ReturnPolicy(int defaultWindowDays, IReadOnlyList<ReturnReason> reasons,
        IReadOnlyDictionary<string, int>? windowDaysByChannel = null, IReadOnlyList<string>? nonReturnableSkus = null,
        IReadOnlyList<string>? nonReturnableCategories = null,
        ShippingRefundRule shippingRefund = ShippingRefundRule.WholeOrderOrAtFault, int version = 0)
    {
        var errors = new ConfigErrors();
        if (defaultWindowDays < 0) errors.Add("defaultWindowDays", $"defaultWindowDays must not be negative (was {defaultWindowDays}).");
        foreach (var (channel, days) in windowDaysByChannel ?? new Dictionary<string, int>())
            if (days < 0) errors.Add($"windowDaysByChannel.{channel}", $"The window for {channel} must not be negative (was {days}).");
        if (reasons is null || reasons.Count == 0) errors.Add("reasons", "Give at least one reason a customer may choose.");
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < (reasons?.Count ?? 0); i++)
        {
            var r = reasons![i];
            if (!ReferenceCode.IsValid(r.Code)) errors.Add($"reasons[{i}].code", ReferenceCode.Describe("code", r.Code));
            else if (!seen.Add(r.Code)) errors.Add($"reasons[{i}].code", $"Reason {r.Code} is listed twice.");
            if (string.IsNullOrWhiteSpace(r.Description)) errors.Add($"reasons[{i}].description", "description is required.");
            if (r.RestockingFeePercent is < 0 or > 100)
                errors.Add($"reasons[{i}].restockingFeePercent", $"A fee percent lies in 0–100 (was {r.RestockingFeePercent}).");
            _ = CurrencyAmounts.Normalize(r.RestockingFeeFlat, $"reasons[{i}].restockingFeeFlat", errors, required: false);
        }
        if (!Enum.IsDefined(shippingRefund)) errors.Add("shippingRefund", $"{shippingRefund} is not a shipping refund rule.");
        if (version < 0) errors.Add("version", $"version must not be negative (was {version}).");
        errors.ThrowIfAny("The return policy");

        DefaultWindowDays = defaultWindowDays;
        Reasons = [.. reasons!];
        WindowDaysByChannel = new Dictionary<string, int>(windowDaysByChannel ?? new Dictionary<string, int>(),
            StringComparer.OrdinalIgnoreCase);
        NonReturnableSkus = [.. nonReturnableSkus ?? []];
        NonReturnableCategories = [.. nonReturnableCategories ?? []];
        ShippingRefund = shippingRefund;
        Version = version;
    }

    public int DefaultWindowDays { get; }
    public IReadOnlyDictionary<string, int> WindowDaysByChannel { get; }
    public IReadOnlyList<string> NonReturnableSkus { get; }
    public IReadOnlyList<string> NonReturnableCategories { get; }
    public IReadOnlyList<ReturnReason> Reasons { get; }
    public ShippingRefundRule ShippingRefund { get; }
    /// <summary>The stored version; 0 for a policy not (yet) stored, such as <see cref="Default"/>.</summary>
    public int Version { get; }

    public int WindowDaysFor(string channelCode) => WindowDaysByChannel.TryGetValue(channelCode, out var d) ? d : DefaultWindowDays;

    public ReturnReason? Reason(string? code)
        => Reasons.FirstOrDefault(r => string.Equals(r.Code, code, StringComparison.OrdinalIgnoreCase));

    public bool IsNonReturnable(string sku, string? category)
        => NonReturnableSkus.Contains(sku, StringComparer.OrdinalIgnoreCase)
           || category is not null && NonReturnableCategories.Contains(category, StringComparer.OrdinalIgnoreCase);

    public bool RefundsShipping(ReturnReason reason, bool wholeOrderReturned)
        => RefundsShipping(ShippingRefund, reason, wholeOrderReturned);

    public static bool RefundsShipping(ShippingRefundRule rule, ReturnReason reason, bool wholeOrderReturned)
    {
        ArgumentNullException.ThrowIfNull(reason);
        return rule switch
        {
            ShippingRefundRule.WhenWholeOrderReturned => wholeOrderReturned,
            ShippingRefundRule.WhenAtFault => reason.WeAreAtFault,
            ShippingRefundRule.WholeOrderOrAtFault => wholeOrderReturned || reason.WeAreAtFault,
            _ => false,
        };
    }

    /// <summary>A starting point: 30 days, the common reasons, claims for damage and loss; nothing non-returnable.</summary>
    public static ReturnPolicy Default { get; } = new(30,
    [
        new ReturnReason("changed-mind", "Changed my mind"),
        new ReturnReason("does-not-fit", "Does not fit"),
        new ReturnReason("not-as-described", "Not as described", WeAreAtFault: true),
        new ReturnReason("damaged", "Arrived damaged", WeAreAtFault: true),
        new ReturnReason("wrong-item", "Wrong item sent", WeAreAtFault: true),
        new ReturnReason("lost-in-transit", "Never arrived", NeedsGoodsBack: false, WeAreAtFault: true),
        new ReturnReason("damaged-no-return", "Arrived damaged, not worth sending back", NeedsGoodsBack: false, WeAreAtFault: true),
    ]);
}
