namespace Oms.Messaging.Bus;

/// <summary>What a consumer's handler decided about one message.</summary>
public enum ConsumeResult
{
    /// <summary>Handled: the broker forgets the message.</summary>
    Ack,

    /// <summary>Never going to work (malformed, unknown): dead-lettered at once.</summary>
    Reject,

    /// <summary>Failed for now: requeued and delivered again, until the queue's delivery limit dead-letters it.</summary>
    Retry,
}
