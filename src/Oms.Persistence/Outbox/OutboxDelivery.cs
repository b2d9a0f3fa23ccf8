namespace Oms.Persistence.Outbox;

public enum DeliveryStatus { Pending, Delivered, DeadLettered }

/// <summary>
/// One handler's work on one event. Claimed by one node at a time for a lease; retried with backoff until it succeeds or
/// runs out of attempts, then dead-lettered with the last error, visible through the API and redriven by a person.
/// </summary>
public sealed class OutboxDelivery
{
    private OutboxDelivery() { Handler = null!; }

    public OutboxDelivery(Guid id, Guid eventId, string handler, DateTime dueAt, DateTime createdAt)
    {
        Id = id;
        EventId = eventId;
        Handler = handler;
        DueAt = dueAt;
        CreatedAt = createdAt;
        Status = DeliveryStatus.Pending;
    }

    public Guid Id { get; private set; }
    public Guid EventId { get; private set; }
    /// <summary>The handler's name, e.g. <c>bus</c>, <c>payments</c>, <c>webhook:{subscription id}</c>.</summary>
    public string Handler { get; private set; }
    public DeliveryStatus Status { get; private set; }
    /// <summary>Attempts started (a claim counts as one).</summary>
    public int Attempts { get; private set; }
    public DateTime DueAt { get; private set; }
    public string? ClaimedBy { get; private set; }
    public DateTime? ClaimedUntil { get; private set; }
    public string? LastError { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime? CompletedAt { get; private set; }

    /// <summary>
    /// Born claimed: the node that writes it runs it right after the commit (inline work), and no other node takes it
    /// before <paramref name="until"/> (the lease); the claim is its first attempt.
    /// </summary>
    public void ClaimFor(string node, DateTime until)
    {
        ClaimedBy = node;
        ClaimedUntil = until;
        Attempts = 1;
    }

    /// <summary>The handler finished its work; recorded in the handler's own command when it runs one.</summary>
    public void MarkDelivered(DateTime now)
    {
        Status = DeliveryStatus.Delivered;
        CompletedAt = now;
        ClaimedUntil = null;
        LastError = null;
    }
}
