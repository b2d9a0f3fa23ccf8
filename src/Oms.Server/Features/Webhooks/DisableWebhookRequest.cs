namespace Oms.Server.Features.Webhooks;

public sealed record DisableWebhookRequest(string? Reason);
