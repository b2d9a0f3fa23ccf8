using System.Text.Json.Serialization;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Core.Configuration.Documents.Fraud;

/// <summary>
/// The fraud rules and thresholds: each matching rule adds its points; a score from <c>reviewAt</c> holds the order for
/// review, from <c>rejectAt</c> rejects it. Unknown properties are refused.
/// </summary>
/// <param name="ReviewAt">From this score the order waits in the fraud review queue; greater than zero.</param>
/// <param name="RejectAt">From this score the order is rejected; greater than <c>reviewAt</c>.</param>
/// <param name="Rules">Applied in this order; a decision cites a rule by its index.</param>
[RequiredFields("reviewAt", "rejectAt", "rules")]
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record FraudRulesDocument(int? ReviewAt, int? RejectAt, IReadOnlyList<FraudRuleDocument?>? Rules);
