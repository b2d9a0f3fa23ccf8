namespace Oms.Domain.Returns;

/// <summary>A reason a customer may give, as the retailer configures it.</summary>
/// <param name="Code">The code channels and people send (<c>too-small</c>, <c>damaged-on-arrival</c>).</param>
/// <param name="NeedsGoodsBack">False makes it a claim reason: the refund or replacement comes without a return.</param>
/// <param name="WeAreAtFault">The retailer's mistake (damaged, wrong item, late): shipping is refunded, no restocking fee.</param>
/// <param name="RestockingFeePercent">Kept from the goods refunded for this reason, in percent (0–100).</param>
/// <param name="RestockingFeeFlat">A flat fee per return, per currency (<c>{ "EUR": 2.50 }</c>); none for a currency not listed.</param>
public sealed record ReturnReason(
    string Code,
    string Description,
    bool NeedsGoodsBack = true,
    bool WeAreAtFault = false,
    decimal RestockingFeePercent = 0m,
    IReadOnlyDictionary<string, decimal>? RestockingFeeFlat = null)
{
    public decimal FlatFeeIn(string currency)
        => RestockingFeeFlat is not null && RestockingFeeFlat.TryGetValue(currency, out var fee) ? fee : 0m;
}
