namespace Oms.Domain.Orders;

/// <summary>The actions of the line lifecycle; each is checked against the line's workflow.</summary>
public enum LineAction
{
    Allocate,
    Backorder,
    Release,
    Pick,
    Pack,
    Ship,
    Deliver,
    ReadyForPickup,
    Collect,
    ExpirePickup,
    CarryOut,
    Cancel,
    /// <summary>The fulfilling location cannot fulfil the line (not found, damaged): it goes back to sourcing.</summary>
    Reject,
    /// <summary>Sourcing found nowhere left to send a rejected line.</summary>
    Escalate,
    /// <summary>A count or a till sale took the units the line was promised: it goes back to sourcing.</summary>
    LoseStock,
}
