using Oms.Domain.Webhooks;
using Oms.Server.Core.Commands;

namespace Oms.Server.Features.Webhooks;

/// <summary>A new, enabled subscription; the OMS makes the secret when none is given.</summary>
public sealed record CreateWebhookSubscription(string? Url, IReadOnlyList<string?>? EventTypes, string? Secret, string? Description)
    : ICommand<WebhookSubscription>;
