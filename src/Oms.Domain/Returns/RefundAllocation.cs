using Oms.Domain.Common;
using Oms.Domain.Payments;

namespace Oms.Domain.Returns;

/// <summary>
/// Splits a refund over the order's instruments in the policy's order, never beyond what an instrument captured less
/// what went back to it already (refunded or pending). An order paid outside the OMS (no instruments) gets one channel
/// instruction for the whole amount; what the instruments cannot take is reported as unplaced, never forced on one.
/// </summary>
public static class RefundAllocation
{
    public static RefundAllocationResult Allocate(decimal amount, string currency, IReadOnlyList<RefundInstrument> instruments,
        RefundAllocationPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(instruments);
        ArgumentNullException.ThrowIfNull(policy);
        policy.Validate();
        currency = CurrencyCode.Normalize(currency);
        if (amount < 0) throw new BusinessRuleException("amount", "A refund amount must not be negative.");
        if (amount == 0) return new([], 0, null);
        if (instruments.Count == 0)
            return new([new(RefundPaidAs.ChannelInstruction, null, null, amount,
                $"{RefundCalculator.F(amount, currency)} to be refunded by the channel: the order was paid outside the OMS")], 0, null);

        var portions = new List<RefundPortion>();
        var rest = amount;
        foreach (var i in instruments.OrderBy(i => policy.Rank(i.Method)).ThenBy(i => i.Sequence))
        {
            if (rest <= 0) break;
            var take = Math.Min(rest, i.Refundable);
            if (take <= 0) continue;
            var paidAs = policy.Route switch
            {
                RefundRoute.StoreCredit => RefundPaidAs.StoreCredit,
                RefundRoute.CashAtTill => RefundPaidAs.CashAtTill,
                // Cash taken at a till can only go back as cash.
                _ => i.Method == PaymentMethod.Cash ? RefundPaidAs.CashAtTill : RefundPaidAs.OriginalInstrument,
            };
            portions.Add(new(paidAs, i.Sequence, i.Method, take,
                $"{RefundCalculator.F(take, currency)} {Words(paidAs)}, charged to payment {i.Sequence} ({i.Method}, {i.Provider}; " +
                    $"{RefundCalculator.F(i.Refundable, currency)} refundable)"));
            rest -= take;
        }
        return rest > 0
            ? new(portions, rest, $"{RefundCalculator.F(rest, currency)} is more than the instruments captured less what was refunded " +
                $"({RefundCalculator.F(instruments.Sum(i => i.Refundable), currency)} left)")
            : new(portions, 0, null);
    }

    private static string Words(RefundPaidAs paidAs) => paidAs switch
    {
        RefundPaidAs.StoreCredit => "as store credit",
        RefundPaidAs.CashAtTill => "in cash at the till",
        _ => "back to the original instrument",
    };
}
