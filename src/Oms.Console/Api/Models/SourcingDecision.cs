namespace Oms.Ui.Api.Models;

/// <summary>One sourcing decision: its rule set and summary in words.</summary>
public sealed record SourcingDecision(DateTime At, string RuleSet, string Summary);
