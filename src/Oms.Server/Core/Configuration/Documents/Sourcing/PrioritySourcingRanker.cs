using System.Text.Json.Serialization;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Core.Configuration.Documents.Sourcing;

/// <summary>The position in a list (0 for the first); unlisted locations come after all listed ones.</summary>
/// <param name="Locations">Location codes (or <c>@central</c>), best first.</param>
[RequiredFields("locations")]
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record PrioritySourcingRanker(IReadOnlyList<string>? Locations, double? Weight = null) : SourcingRankerDocument(Weight);
