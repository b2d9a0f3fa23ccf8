using System.Text.Json.Serialization;
using Oms.Domain.Sourcing;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Core.Configuration.Documents.Sourcing;

/// <summary>Bounds on a plan; each left out is unbounded.</summary>
/// <param name="MaxCandidates">At most this many candidate locations per line survive the filters, chosen by <c>rankCandidatesBy</c>.</param>
/// <param name="RankCandidatesBy">Which candidates <c>maxCandidates</c> keeps; default <c>score</c>.</param>
/// <param name="MaxShipments">At most this many locations (fulfilment orders) per order; 1 never splits the order.</param>
/// <param name="AllowLineSplit">Whether one line's quantity may come from several locations; default false.</param>
[RequiredFields]
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record SourcingLimitsDocument(int? MaxCandidates = null, CandidateOrder? RankCandidatesBy = null, int? MaxShipments = null,
    bool? AllowLineSplit = null);
