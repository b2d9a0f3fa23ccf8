namespace Oms.Server.Core.Outbox;

public enum HandlerOutcome { Done, Retry, Dead }

/// <summary>What a handler made of a delivery: done, try again later (with the reason), or give up now.</summary>
public sealed record HandlerResult(HandlerOutcome Outcome, string? Error = null, TimeSpan? RetryAfter = null)
{
    public static readonly HandlerResult Done = new(HandlerOutcome.Done);

    /// <summary>Done, and the handler's own command already marked the delivery delivered (<c>CommandContext.Complete</c>).</summary>
    public static readonly HandlerResult DoneInCommand = new(HandlerOutcome.Done) { Recorded = true };

    /// <summary>The outcome is already stored: the relay records nothing.</summary>
    public bool Recorded { get; private init; }
    public static HandlerResult Again(string error, TimeSpan? after = null) => new(HandlerOutcome.Retry, error, after);
    public static HandlerResult Dead(string error) => new(HandlerOutcome.Dead, error);
}
