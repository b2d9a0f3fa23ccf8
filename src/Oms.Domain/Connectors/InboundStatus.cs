namespace Oms.Domain.Connectors;

/// <summary>What became of an inbound message.</summary>
public enum InboundStatus
{
    /// <summary>Stored, not yet handled (or handling failed for a reason that may pass: it is tried again).</summary>
    Received,

    /// <summary>Handled: it made or changed what <see cref="InboundMessage.ResultType"/>/<see cref="InboundMessage.ResultId"/> name.</summary>
    Accepted,

    /// <summary>Refused with a reason (and the field, when one is to blame); kept to be replayed once the cause is fixed.</summary>
    Rejected,

    /// <summary>Genuine but nothing for the OMS to do (a topic it does not act on, an update that changes nothing).</summary>
    Ignored,
}
