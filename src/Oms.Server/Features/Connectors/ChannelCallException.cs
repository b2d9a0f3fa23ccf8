namespace Oms.Server.Features.Connectors;

/// <summary>A call to a channel's API failed; <see cref="Retry"/> says whether trying again may pass (429, 5xx, timeouts).</summary>
public sealed class ChannelCallException : Exception
{
    public ChannelCallException() { }

    public ChannelCallException(string message) : base(message) { }

    public ChannelCallException(string message, Exception inner) : base(message, inner) { }

    public ChannelCallException(string message, bool retry, TimeSpan? retryAfter = null, Exception? inner = null) : base(message, inner)
    {
        Retry = retry;
        RetryAfter = retryAfter;
    }

    public bool Retry { get; } = true;

    /// <summary>What the channel asked to wait (Retry-After, x-amzn-RateLimit-Limit), when it said.</summary>
    public TimeSpan? RetryAfter { get; }
}
