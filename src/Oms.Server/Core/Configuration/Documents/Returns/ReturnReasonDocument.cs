using System.Text.Json.Serialization;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Core.Configuration.Documents.Returns;

/// <summary>A reason a customer may give for a return or a claim.</summary>
/// <param name="Code">What channels and people send (<c>too-small</c>); letters, digits, '-', '_' and '.'.</param>
/// <param name="Description">What a form or a till shows.</param>
/// <param name="NeedsGoodsBack">False makes it a claim reason: refunded or replaced without the goods; left out: true.</param>
/// <param name="WeAreAtFault">The retailer's mistake: shipping is refunded, no restocking fee; left out: false.</param>
/// <param name="RestockingFeePercent">Kept from the goods refunded for this reason, 0–100; left out: none.</param>
/// <param name="RestockingFeeFlat">A flat fee per return per currency (<c>{ "EUR": 2.50 }</c>); left out: none.</param>
[RequiredFields("code", "description")]
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ReturnReasonDocument(string? Code, string? Description, bool? NeedsGoodsBack = null, bool? WeAreAtFault = null,
    decimal? RestockingFeePercent = null, IReadOnlyDictionary<string, decimal>? RestockingFeeFlat = null);
