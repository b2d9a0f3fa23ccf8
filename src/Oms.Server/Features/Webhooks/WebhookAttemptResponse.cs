namespace Oms.Server.Features.Webhooks;

/// <summary>One POST of a delivery: when, what the endpoint answered (null: no answer), how long it took, and the error.</summary>
public sealed record WebhookAttemptResponse(int Attempt, DateTime At, int? StatusCode, int DurationMs, string? Error, bool Succeeded);
