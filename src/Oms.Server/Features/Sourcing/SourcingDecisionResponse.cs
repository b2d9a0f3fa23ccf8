using System.Text.Json;

namespace Oms.Server.Features.Sourcing;

/// <summary>One sourcing decision of an order: which rule set decided, a summary, and the full explanation as stored.</summary>
public sealed record SourcingDecisionResponse(DateTime At, string RuleSet, string Summary, JsonElement Explanation);
