namespace Oms.Persistence.Outbox;

/// <summary>
/// A fact that a command committed, stored in the command's own transaction: the relay hands it to every handler that
/// wants it (the bus, webhooks, e-mail, payment calls, back-order allocation) after the commit. Never updated.
/// </summary>
public sealed class OutboxEvent
{
    private OutboxEvent() { Type = null!; Data = null!; }

    public OutboxEvent(Guid id, string type, int version, string? subject, string? subjectKey, DateTime occurredAt, string data,
        bool isInternal)
    {
        Id = id;
        Type = type;
        Version = version;
        Subject = subject;
        SubjectKey = subjectKey;
        OccurredAt = occurredAt;
        Data = data;
        Internal = isInternal;
    }

    /// <summary>The event id: the CloudEvents id, the bus message id, the webhook-id.</summary>
    public Guid Id { get; private set; }
    /// <summary>e.g. <c>line.shipped</c>; internal work items start with <c>oms.</c>.</summary>
    public string Type { get; private set; }
    public int Version { get; private set; }
    /// <summary>The aggregate the event is about (an order id), or the stock row (<c>location/sku</c>).</summary>
    public string? Subject { get; private set; }
    /// <summary>A human key for the subject, e.g. the order number.</summary>
    public string? SubjectKey { get; private set; }
    public DateTime OccurredAt { get; private set; }
    /// <summary>The event's data as JSON (the CloudEvents <c>data</c>).</summary>
    public string Data { get; private set; }
    /// <summary>Work for the OMS itself (payment calls, back-order runs), never published outside.</summary>
    public bool Internal { get; private set; }
}
