using Oms.Domain.Webhooks;
using Oms.Server.Core.Commands;

namespace Oms.Server.Features.Webhooks;

/// <summary>Takes new events again; deliveries dead-lettered meanwhile are redelivered by hand.</summary>
public sealed record EnableWebhookSubscription(Guid Id) : ICommand<WebhookSubscription>;
