using Oms.Domain.Returns;

namespace Oms.Server.Features.Returns;

/// <summary>A reason a customer may give, as the active return policy defines it.</summary>
/// <param name="NeedsGoodsBack">False: a claim reason; refunded or replaced without the goods.</param>
/// <param name="WeAreAtFault">The retailer's mistake: shipping refunded, no restocking fee.</param>
/// <param name="RestockingFeeFlat">A flat fee per return per currency; empty: none.</param>
public sealed record ReturnReasonResponse(string Code, string Description, bool NeedsGoodsBack, bool WeAreAtFault,
    decimal RestockingFeePercent, IReadOnlyDictionary<string, decimal> RestockingFeeFlat)
{
    public static ReturnReasonResponse From(ReturnReason r) => new(r.Code, r.Description, r.NeedsGoodsBack, r.WeAreAtFault,
        r.RestockingFeePercent, r.RestockingFeeFlat ?? new Dictionary<string, decimal>());
}
