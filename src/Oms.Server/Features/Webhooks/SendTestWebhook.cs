using Oms.Server.Core.Commands;

namespace Oms.Server.Features.Webhooks;

/// <summary>
/// Sends one <c>webhook.test</c> event (CloudEvents type <c>com.oms.webhook.test.v1</c>) to this subscription only,
/// whatever types it asked for, signed and retried like any other: a receiver can be checked before real events flow.
/// </summary>
public sealed record SendTestWebhook(Guid SubscriptionId) : ICommand<Guid>;
