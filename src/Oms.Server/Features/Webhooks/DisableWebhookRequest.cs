using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Webhooks;

[RequiredFields]
public sealed record DisableWebhookRequest(string? Reason);
