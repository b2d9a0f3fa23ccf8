namespace Oms.Ui.Components.Configuration;

/// <summary>
/// A versioned configuration document as the API exposes it: GET <see cref="Path"/> (the active version), GET
/// <see cref="Path"/>/versions, PUT <see cref="Path"/> (a new version, active at once). <see cref="Wrapped"/>: the PUT body is
/// <c>{ document, comment }</c> rather than the document itself. <see cref="CanActivate"/>: POST …/versions/{v}/activate exists;
/// otherwise a rollback saves the old document again as a new version.
/// </summary>
public sealed record ConfigKind(string Slug, string Title, string Path, bool Wrapped, bool CanActivate, string Description)
{
    public static readonly IReadOnlyList<ConfigKind> Documents =
    [
        new("fraud-rules", "Fraud rules", "/api/configuration/fraud-rules", false, false,
            "Which orders are held for review, and why."),
        new("order-workflows", "Order workflows", "/api/configuration/order-workflows", false, false,
            "The steps an order line goes through, per order type and delivery method."),
        new("return-policy", "Return policy", "/api/configuration/return-policy", false, false,
            "Return windows and which items may be returned."),
        new("refund-approval-policy", "Refund approval policy", "/api/configuration/refund-approval-policy", false, false,
            "Approval thresholds: which refunds need a second person."),
    ];

    /// <summary>The sourcing rule set of a key (default, a channel, {channel}:{deliveryMethod} or *:{deliveryMethod}).</summary>
    public static ConfigKind RuleSet(string key) => new($"sourcing/{key}", $"Sourcing rule set {key}",
        $"/api/sourcing/rule-sets/{Uri.EscapeDataString(key)}", true, true, "Which locations may serve an order line, and which one is best.");
}
