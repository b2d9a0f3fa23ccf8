using Oms.Domain.Webhooks;
using Oms.Server.Core.Commands;

namespace Oms.Server.Features.Webhooks;

/// <summary>Replaces the URL, event types and description; the secret only when one is given (a rotation).</summary>
public sealed record UpdateWebhookSubscription(Guid Id, string? Url, IReadOnlyList<string?>? EventTypes, string? Secret,
    string? Description)
    : ICommand<WebhookSubscription>;
