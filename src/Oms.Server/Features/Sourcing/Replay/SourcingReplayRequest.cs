using System.Text.Json;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Sourcing.Replay;

/// <summary>
/// A candidate rule set for <see cref="Key"/> — a <see cref="Document"/> (the shape PUT /api/sourcing/rule-sets/{key} takes)
/// or a saved <see cref="Version"/> of the key — replayed over the orders created in [<see cref="From"/>, <see cref="To"/>)
/// (optionally one <see cref="Channel"/>'s, at most <see cref="Limit"/> of them, oldest first, default 10,000) and compared
/// with the active rule sets. <see cref="Differences"/> caps the per-order differences listed (default 50).
/// </summary>
[RequiredFields("key", "from", "to")]
public sealed record SourcingReplayRequest(string? Key, int? Version, JsonElement? Document, DateTime? From, DateTime? To,
    string? Channel = null, int? Limit = null, int? Differences = null);
