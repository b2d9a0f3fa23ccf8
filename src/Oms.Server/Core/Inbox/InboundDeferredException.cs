namespace Oms.Server.Core.Inbox;

/// <summary>The message cannot be handled yet (its connector is paused): it stays received, no attempt counted.</summary>
public sealed class InboundDeferredException : Exception
{
    public InboundDeferredException() { }

    public InboundDeferredException(string message) : base(message) { }

    public InboundDeferredException(string message, Exception inner) : base(message, inner) { }
}
