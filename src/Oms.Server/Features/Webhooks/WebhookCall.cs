namespace Oms.Server.Features.Webhooks;

/// <summary>What one POST came to: when it was sent, how long it took, the status answered or why there was none.</summary>
/// <param name="RetryAfter">What a 429 or 503 asked for in <c>Retry-After</c>, if anything.</param>
public sealed record WebhookCall(DateTime At, int DurationMs, int? StatusCode, string? Error, TimeSpan? RetryAfter = null)
{
    public bool Succeeded => StatusCode is >= 200 and < 300;

    /// <summary>The endpoint said it is gone for good: the subscription is disabled at once.</summary>
    public bool Gone => StatusCode == 410;
}
