using Oms.Domain.Common;

namespace Oms.Domain.Connectors;

/// <summary>
/// One message that came into the OMS from outside (a channel's webhook, a polled order, an EDI file, a warehouse's bus
/// message), kept raw with its source, what became of it and when. A message is never dropped: a rejected one keeps its
/// reason and can be replayed after the mapping or the master data is fixed. <see cref="Source"/> + <see cref="DedupKey"/>
/// is unique, so the same message delivered again is recognised and handled once.
/// </summary>
public sealed class InboundMessage
{
    /// <summary>What the stored body keeps; a message larger than this is refused before it is stored.</summary>
    public const int MaxBody = 4 * 1024 * 1024;

    private InboundMessage() { Source = null!; MessageType = null!; DedupKey = null!; Body = null!; ContentType = null!; }

    public InboundMessage(Guid id, string source, Guid? connectorId, string messageType, string dedupKey, string contentType,
        string body, string? headers, DateTime receivedAt)
    {
        Id = id;
        Source = TextLimit.Clip(Guard.NotEmpty(source, "source"), 100);
        ConnectorId = connectorId;
        MessageType = TextLimit.Clip(Guard.NotEmpty(messageType, "messageType"), 100);
        DedupKey = TextLimit.Clip(Guard.NotEmpty(dedupKey, "dedupKey"), 300);
        ContentType = TextLimit.Clip(contentType, 100);
        Body = body.Length <= MaxBody ? body : throw new BusinessRuleException("body", $"A message is at most {MaxBody} characters.");
        Headers = headers;
        ReceivedAt = receivedAt;
        Status = InboundStatus.Received;
    }

    public Guid Id { get; private set; }
    /// <summary>Where it came from: a connector's code (<c>shopify-nl</c>), or <c>wms:DC-01</c>, <c>cli</c>.</summary>
    public string Source { get; private set; }
    public Guid? ConnectorId { get; private set; }
    /// <summary>The message's type in its source's words (<c>orders/create</c>, <c>850</c>, <c>fulfilment.dispatched</c>).</summary>
    public string MessageType { get; private set; }
    /// <summary>What makes a delivery the same message again (the channel's webhook id, order id + version, an ISA control number).</summary>
    public string DedupKey { get; private set; }
    public string ContentType { get; private set; }
    /// <summary>The message exactly as it arrived.</summary>
    public string Body { get; private set; }
    /// <summary>The headers that matter to it (topic, shop, webhook id) as a JSON object; never a secret or signature.</summary>
    public string? Headers { get; private set; }
    public DateTime ReceivedAt { get; private set; }
    public InboundStatus Status { get; private set; }
    public DateTime? ProcessedAt { get; private set; }
    /// <summary>How long the last handling took, in milliseconds.</summary>
    public int? ProcessingMs { get; private set; }
    public int Attempts { get; private set; }
    /// <summary>Why it was rejected, or why the last attempt failed.</summary>
    public string? Reason { get; private set; }
    /// <summary>The field of the message (or of the order it maps to) to blame, when one is.</summary>
    public string? Field { get; private set; }
    /// <summary>What it made or changed: <c>order</c> and the order number, <c>fulfilment-order</c> and its id…</summary>
    public string? ResultType { get; private set; }
    public string? ResultId { get; private set; }
    /// <summary>How often the same message came again after the first delivery.</summary>
    public int Duplicates { get; private set; }
    public DateTime? LastDuplicateAt { get; private set; }
    public int Replays { get; private set; }

    public void Accept(string? resultType, string? resultId, DateTime now, int elapsedMs)
    {
        Settle(InboundStatus.Accepted, now, elapsedMs);
        (ResultType, ResultId, Reason, Field) = (resultType, resultId is null ? null : TextLimit.Clip(resultId, 100), null, null);
    }

    public void Reject(string reason, string? field, DateTime now, int elapsedMs)
    {
        Settle(InboundStatus.Rejected, now, elapsedMs);
        (Reason, Field) = (TextLimit.Clip(Guard.NotEmpty(reason, "reason"), 2000), field is null ? null : TextLimit.Clip(field, 200));
    }

    public void Ignore(string reason, DateTime now, int elapsedMs)
    {
        Settle(InboundStatus.Ignored, now, elapsedMs);
        (Reason, Field) = (TextLimit.Clip(Guard.NotEmpty(reason, "reason"), 2000), null);
    }

    /// <summary>An attempt failed for a reason that may pass (the database, a timeout): it stays received and is tried again.</summary>
    public void Failed(string reason, DateTime now, int elapsedMs)
    {
        Attempts++;
        ProcessingMs = elapsedMs;
        Reason = TextLimit.Clip(Guard.NotEmpty(reason, "reason"), 2000);
        _ = now;
    }

    /// <summary>It cannot be handled yet (its connector is paused): it stays received, and no attempt is counted.</summary>
    public void Deferred(string reason) => Reason = TextLimit.Clip(Guard.NotEmpty(reason, "reason"), 2000);

    /// <summary>Makes a handled message ready to be handled again (after its mapping or master data was fixed).</summary>
    public void Replay()
    {
        Status = InboundStatus.Received;
        Replays++;
    }

    public void SeenAgain(DateTime now)
    {
        Duplicates++;
        LastDuplicateAt = now;
    }

    private void Settle(InboundStatus status, DateTime now, int elapsedMs)
    {
        Attempts++;
        Status = status;
        ProcessedAt = now;
        ProcessingMs = elapsedMs;
    }
}
