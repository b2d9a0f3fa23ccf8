namespace Oms.Server.Features.Webhooks;

/// <summary>The data of a <c>webhook.test</c> event.</summary>
public sealed record WebhookTestData(Guid SubscriptionId, string Message);
