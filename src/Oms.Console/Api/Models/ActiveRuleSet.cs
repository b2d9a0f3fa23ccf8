namespace Oms.Ui.Api.Models;

/// <summary>A rule-set key with an active sourcing rule set (GET /api/sourcing/rule-sets).</summary>
public sealed record ActiveRuleSet(string Key, int Version, string? ActivatedBy, DateTime? ActivatedAt, string? Comment);
