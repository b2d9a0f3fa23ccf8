using Oms.Domain.Webhooks;

namespace Oms.Server.Features.Webhooks;

/// <summary>A subscription as the API shows it: everything but the secret.</summary>
public sealed record WebhookSubscriptionResponse(Guid Id, string Url, IReadOnlyList<string> EventTypes, string? Description, bool Enabled,
    string? DisabledReason, DateTime? DisabledAt, string CreatedBy, DateTime CreatedAt, DateTime UpdatedAt)
{
    public static WebhookSubscriptionResponse From(WebhookSubscription s)
        => new(s.Id, s.Url, s.Types, s.Description, s.Enabled, s.DisabledReason, s.DisabledAt, s.CreatedBy, s.CreatedAt, s.UpdatedAt);
}
