using Oms.Domain.Common;
using Oms.Domain.OrderWorkflows;

namespace Oms.Domain.Orders;

/// <summary>Why an order waits for a person or a provider before it may go to fulfilment.</summary>
public enum HoldKind
{
    /// <summary>An authorisation was declined, or the provider could not be reached (retried with the same key).</summary>
    Payment,
    /// <summary>The fraud rules asked for a review.</summary>
    Fraud,
    /// <summary>The workflow asks a person to approve the order (e.g. above an amount).</summary>
    ManualApproval,
    /// <summary>The workflow releases to fulfilment by hand.</summary>
    ManualRelease,
}

/// <summary>A hold on an order: placed with a reason, lifted once, by someone, with a reason.</summary>
public sealed class OrderHold
{
    private OrderHold() { Reason = null!; }

    internal OrderHold(Guid id, Guid orderId, HoldKind kind, string reason, DateTime now, WorkflowStep? beforeStep = null)
        => (Id, OrderId, Kind, Reason, PlacedAt, BeforeStep) = (id, orderId, kind, TextLimit.Clip(reason, MaxReason), now, beforeStep);

    /// <summary>What a reason keeps (the stored lengths): the hold's own, and the one it was lifted with.</summary>
    public const int MaxReason = 500, MaxLiftReason = 2000;

    public Guid Id { get; private set; }
    public Guid OrderId { get; private set; }
    public HoldKind Kind { get; private set; }
    public string Reason { get; private set; }
    public DateTime PlacedAt { get; private set; }
    public DateTime? LiftedAt { get; private set; }
    public string? LiftedBy { get; private set; }
    public string? LiftReason { get; private set; }
    /// <summary>The workflow step this hold gates, when the workflow placed it.</summary>
    public WorkflowStep? BeforeStep { get; private set; }
    public bool IsActive => LiftedAt is null;

    internal void Explain(string reason) => Reason = TextLimit.Clip(reason, MaxReason);

    internal void Lift(string by, string reason, DateTime now) => (LiftedAt, LiftedBy, LiftReason) = (now, by, TextLimit.Clip(reason, MaxLiftReason));
}
