using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Connectors;

/// <summary>What an inbound channel message asks of the OMS, once read by its adapter.</summary>
public abstract record ChannelInstruction
{
    private ChannelInstruction() { }

    /// <summary>Capture this order (idempotent on channel + channel order id, so a repeat makes no second order).</summary>
    public sealed record Capture(CaptureOrderRequest Order) : ChannelInstruction;

    /// <summary>Cancel the order the channel knows by this id (all lines, or the channel's line ids named).</summary>
    public sealed record Cancel(string ChannelOrderId, string Reason) : ChannelInstruction;

    /// <summary>Nothing to do (a status the OMS does not act on), with why.</summary>
    public sealed record Ignore(string Reason) : ChannelInstruction;
}
