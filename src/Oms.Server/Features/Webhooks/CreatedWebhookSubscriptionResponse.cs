using Oms.Domain.Webhooks;

namespace Oms.Server.Features.Webhooks;

/// <summary>The answer to a creation: the one time the secret is shown. Keep it; the API never returns it again.</summary>
public sealed record CreatedWebhookSubscriptionResponse(Guid Id, string Url, IReadOnlyList<string> EventTypes, string? Description,
    bool Enabled, string CreatedBy, DateTime CreatedAt, string Secret)
{
    public static CreatedWebhookSubscriptionResponse From(WebhookSubscription s)
        => new(s.Id, s.Url, s.Types, s.Description, s.Enabled, s.CreatedBy, s.CreatedAt, s.Secret);
}
