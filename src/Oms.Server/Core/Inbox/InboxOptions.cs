namespace Oms.Server.Core.Inbox;

/// <summary>Configuration section <c>Inbox</c>.</summary>
public sealed class InboxOptions
{
    /// <summary>How long a message may stay received before the retry sweep tries it again, and how often it looks.</summary>
    public int RetrySeconds { get; set; } = 30;

    /// <summary>After this many failed attempts a message waits for a person (replay).</summary>
    public int MaxAttempts { get; set; } = 20;
}
