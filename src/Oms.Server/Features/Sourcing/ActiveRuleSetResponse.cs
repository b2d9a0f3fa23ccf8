namespace Oms.Server.Features.Sourcing;

/// <summary>The active version of a key's rule set, and who activated it when.</summary>
public sealed record ActiveRuleSetResponse(string Key, int Version, string ActivatedBy, DateTime? ActivatedAt, string? Comment);
