using Oms.Domain.Common;
using Oms.Domain.OrderWorkflows;

namespace Oms.Domain.Returns;

/// <summary>
/// When a refund waits for a person with the right to approve (finance): above an amount, before the goods are received,
/// a claim without a return, goodwill above a limit. Below every threshold it is approved automatically. Amounts are per
/// currency (<c>{ "EUR": 250 }</c>); a refund in a currency the table does not list waits for a person, since no limit was
/// set for it. A versioned configuration document like the fraud rules.
/// </summary>
public sealed class RefundApprovalPolicy
{
    public RefundApprovalPolicy(IReadOnlyDictionary<string, decimal>? approveAbove = null, bool refundBeforeReceiptNeedsApproval = true,
        bool claimWithoutReturnNeedsApproval = true, IReadOnlyDictionary<string, decimal>? goodwillAbove = null, int version = 0)
    {
        var errors = new ConfigErrors();
        ApproveAbove = CurrencyAmounts.Normalize(approveAbove, "approveAbove", errors, required: false);
        GoodwillAbove = CurrencyAmounts.Normalize(goodwillAbove, "goodwillAbove", errors, required: false);
        if (version < 0) errors.Add("version", $"version must not be negative (was {version}).");
        errors.ThrowIfAny("The refund approval policy");
        RefundBeforeReceiptNeedsApproval = refundBeforeReceiptNeedsApproval;
        ClaimWithoutReturnNeedsApproval = claimWithoutReturnNeedsApproval;
        Version = version;
    }

    /// <summary>Refunds above these amounts wait; empty: no amount limit.</summary>
    public IReadOnlyDictionary<string, decimal> ApproveAbove { get; }
    public bool RefundBeforeReceiptNeedsApproval { get; }
    public bool ClaimWithoutReturnNeedsApproval { get; }
    /// <summary>Goodwill above these amounts waits; empty: any goodwill waits.</summary>
    public IReadOnlyDictionary<string, decimal> GoodwillAbove { get; }
    public int Version { get; }

    public static RefundApprovalPolicy Default { get; } = new(
        new Dictionary<string, decimal> { ["EUR"] = 250m, ["GBP"] = 220m, ["USD"] = 275m },
        goodwillAbove: new Dictionary<string, decimal> { ["EUR"] = 25m, ["GBP"] = 22m, ["USD"] = 27.5m });

    public ApprovalDecision Decide(RefundApprovalFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var currency = CurrencyCode.Normalize(facts.Currency);
        var reasons = new List<string>();
        if (ApproveAbove.Count > 0)
        {
            if (!ApproveAbove.TryGetValue(currency, out var limit))
                reasons.Add($"no automatic approval limit is set for {currency}");
            else if (facts.Total > limit)
                reasons.Add($"the refund of {Show(facts.Total, currency)} is above the limit of {Show(limit, currency)}");
        }
        if (RefundBeforeReceiptNeedsApproval && !facts.GoodsReceived && !facts.ClaimWithoutReturn)
            reasons.Add("the refund would be paid before the goods are received");
        if (ClaimWithoutReturnNeedsApproval && facts.ClaimWithoutReturn)
            reasons.Add("a claim is refunded without the goods coming back");
        if (facts.Goodwill > 0)
        {
            if (GoodwillAbove.Count == 0) reasons.Add($"goodwill of {Show(facts.Goodwill, currency)} is given");
            else if (!GoodwillAbove.TryGetValue(currency, out var g))
                reasons.Add($"no goodwill limit is set for {currency}");
            else if (facts.Goodwill > g)
                reasons.Add($"goodwill of {Show(facts.Goodwill, currency)} is above the limit of {Show(g, currency)}");
        }
        return new(reasons.Count == 0 ? ApprovalOutcome.AutoApprove : ApprovalOutcome.NeedsApproval, reasons);
    }

    private static string Show(decimal amount, string currency) => RefundCalculator.F(amount, currency);
}
