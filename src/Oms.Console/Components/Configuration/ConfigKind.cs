using System.Text.Json;

namespace Oms.Ui.Components.Configuration;


/// <summary>
/// A versioned configuration document as the API exposes it: GET <see cref="Path"/> (the active version), GET
/// <see cref="Path"/>/versions, PUT <see cref="Path"/> (a new version, active at once) with a body of <see cref="Shape"/>.
/// <see cref="CanActivate"/>: POST …/versions/{v}/activate exists; otherwise a rollback saves the old document again as a new version.
/// </summary>
public sealed record ConfigKind(string Slug, string Title, string Path, ConfigBodyShape Shape, bool CanActivate, string Description)
{
    /// <summary>Whether the PUT body carries a comment.</summary>
    public bool TakesComment => Shape != ConfigBodyShape.Document;

    /// <summary>The PUT body for a document (and a comment, where the shape takes one).</summary>
    public object Body(JsonElement document, string? comment) => Shape switch
    {
        ConfigBodyShape.Wrapped => new { document, comment },
        ConfigBodyShape.RulesAndComment => new { rules = document.ValueKind == JsonValueKind.Object && document.TryGetProperty("rules", out var r) ? r : document, comment },
        _ => document,
    };

    public static readonly IReadOnlyList<ConfigKind> Documents =
    [
        new("fraud-rules", "Fraud rules", "/api/configuration/fraud-rules", ConfigBodyShape.Document, false,
            "Which orders are held for review, and why."),
        new("order-workflows", "Order workflows", "/api/configuration/order-workflows", ConfigBodyShape.Document, false,
            "The steps an order line goes through, per order type and delivery method."),
        new("return-policy", "Return policy", "/api/configuration/return-policy", ConfigBodyShape.Document, false,
            "Return windows and which items may be returned."),
        new("refund-approval-policy", "Refund approval policy", "/api/configuration/refund-approval-policy", ConfigBodyShape.Document, false,
            "Approval thresholds: which refunds need a second person."),
    ];

    /// <summary>The sourcing rule set of a key (default, a channel, {channel}:{deliveryMethod} or *:{deliveryMethod}).</summary>
    public static ConfigKind RuleSet(string key) => new($"sourcing/{key}", $"Sourcing rule set {key}",
        $"/api/sourcing/rule-sets/{Uri.EscapeDataString(key)}", ConfigBodyShape.Wrapped, true,
        "Which locations may serve an order line, and which one is best.");

    /// <summary>A channel's stock allocation: its share of each location's stock.</summary>
    public static ConfigKind Allocation(string channel) => new($"allocation/{channel}", $"Channel allocation {channel}",
        $"/api/channels/{Uri.EscapeDataString(channel)}/allocation", ConfigBodyShape.RulesAndComment, false,
        "How much of each location's stock the channel may sell.");
}
