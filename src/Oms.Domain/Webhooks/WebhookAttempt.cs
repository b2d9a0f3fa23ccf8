namespace Oms.Domain.Webhooks;

/// <summary>
/// One POST of one event to one subscription's URL, as the delivery log shows it: when, how long it took, what the
/// endpoint answered (or why there was no answer). Written after the call, never changed.
/// </summary>
public sealed class WebhookAttempt
{
    private WebhookAttempt() { EventType = null!; }

    public WebhookAttempt(Guid id, Guid subscriptionId, Guid deliveryId, Guid eventId, string eventType, int attempt, DateTime at,
        int durationMs, int? statusCode, string? error, bool succeeded)
    {
        Id = id;
        SubscriptionId = subscriptionId;
        DeliveryId = deliveryId;
        EventId = eventId;
        EventType = eventType;
        Attempt = attempt;
        At = at;
        DurationMs = durationMs;
        StatusCode = statusCode;
        Error = error is { Length: > MaxError } ? error[..MaxError] : error;
        Succeeded = succeeded;
    }

    public const int MaxError = 1000;

    public Guid Id { get; private set; }
    public Guid SubscriptionId { get; private set; }
    /// <summary>The outbox delivery (<c>webhooks:{subscription}</c>) this attempt belongs to.</summary>
    public Guid DeliveryId { get; private set; }
    /// <summary>The event, which is also the <c>webhook-id</c> the endpoint saw.</summary>
    public Guid EventId { get; private set; }
    public string EventType { get; private set; }
    /// <summary>1 for the first attempt; counts again from 1 after a manual redelivery.</summary>
    public int Attempt { get; private set; }
    /// <summary>When the request was sent (UTC).</summary>
    public DateTime At { get; private set; }
    public int DurationMs { get; private set; }
    /// <summary>The HTTP status the endpoint answered; null when it did not answer (timeout, refused connection).</summary>
    public int? StatusCode { get; private set; }
    public string? Error { get; private set; }
    /// <summary>A 2xx answer.</summary>
    public bool Succeeded { get; private set; }
}
