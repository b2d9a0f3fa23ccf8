namespace Oms.Domain.Returns;

/// <summary>Where a return order stands; changed only through <see cref="ReturnOrder"/>'s methods.</summary>
public enum ReturnStatus
{
    /// <summary>Asked for and found eligible; not yet approved.</summary>
    Requested,
    /// <summary>Waits for a person with the right to approve (thresholds of the approval policy).</summary>
    AwaitingApproval,
    /// <summary>Approved: goods may come in, and the refund may be paid as policy says.</summary>
    Approved,
    /// <summary>Refused by a person; final.</summary>
    Rejected,
    /// <summary>Some expected units were received (or declared missing), not all.</summary>
    PartlyReceived,
    /// <summary>Every expected unit was received (or declared missing / wrong).</summary>
    Received,
    /// <summary>Done: nothing more will come in and nothing waits for inspection; final.</summary>
    Closed,
    /// <summary>Withdrawn before anything was received; final.</summary>
    Cancelled,
}
