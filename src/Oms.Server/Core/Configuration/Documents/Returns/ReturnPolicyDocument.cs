using System.Text.Json.Serialization;
using Oms.Domain.Returns;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Core.Configuration.Documents.Returns;

/// <summary>
/// The return policy: which sold units may come back, within how many days, for which reasons. A return is checked against
/// the version active when it is requested. Unknown properties are refused.
/// </summary>
/// <param name="DefaultWindowDays">Days after delivery (or collection, or the till sale) a unit may come back; not negative.</param>
/// <param name="Reasons">The reasons a customer may give, in the order a till or a form shows them; codes unique.</param>
/// <param name="WindowDaysByChannel">Channels with another window (<c>{ "marketplace": 14 }</c>); codes must name channels.</param>
/// <param name="NonReturnableSkus">SKUs that never come back (compared case-insensitively).</param>
/// <param name="NonReturnableCategories">Product categories that never come back (hygiene, made to measure).</param>
/// <param name="ShippingRefund">When the order's shipping charge is refunded; left out: <c>wholeOrderOrAtFault</c>.</param>
[RequiredFields("defaultWindowDays", "reasons")]
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ReturnPolicyDocument(int? DefaultWindowDays, IReadOnlyList<ReturnReasonDocument?>? Reasons,
    IReadOnlyDictionary<string, int>? WindowDaysByChannel = null, IReadOnlyList<string?>? NonReturnableSkus = null,
    IReadOnlyList<string?>? NonReturnableCategories = null, ShippingRefundRule? ShippingRefund = null);
