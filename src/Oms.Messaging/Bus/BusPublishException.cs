namespace Oms.Messaging.Bus;

/// <summary>A publish that the broker did not confirm; the caller (the outbox relay) keeps the message and retries.</summary>
public sealed class BusPublishException : Exception
{
    public BusPublishException()
    {
    }

    public BusPublishException(string message) : base(message)
    {
    }

    public BusPublishException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public BusPublishException(BusPublishFailure failure, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Failure = failure;
    }

    public BusPublishFailure Failure { get; }
}
