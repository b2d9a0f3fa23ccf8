namespace Oms.Messaging.Bus;

/// <summary>Why a publish was not confirmed. Each is worth retrying: none says the message itself is wrong.</summary>
public enum BusPublishFailure
{
    /// <summary>No connection: the broker is down, unreachable or the client is reconnecting. Nothing was sent.</summary>
    Unavailable,

    /// <summary>The broker answered with a negative acknowledgement (e.g. a queue refused it as full).</summary>
    Nacked,

    /// <summary>No confirmation within the publish timeout; the message may or may not have arrived.</summary>
    TimedOut,
}
