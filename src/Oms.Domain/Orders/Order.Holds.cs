using Oms.Domain.Common;
using Oms.Domain.Fraud;
using Oms.Domain.Inventory;

namespace Oms.Domain.Orders;

/// <summary>Holds and the workflow an order runs.</summary>
public sealed partial class Order
{
    private readonly List<OrderHold> _holds = [];

    /// <summary>The workflow entry and definition version the order started with (<c>default@3</c>); kept for its whole life.</summary>
    public string? WorkflowId { get; private set; }

    public IReadOnlyList<OrderHold> Holds => _holds;

    /// <summary>The workflow takes the payment in the store at collection (reserve-and-collect): nothing is authorised online.</summary>
    public bool PaysInStore { get; private set; }

    public OrderHold? ActiveHold(HoldKind kind) => _holds.Find(h => h.Kind == kind && h.IsActive);

    public void StartWorkflow(string workflowId, string description, bool paysInStore, DateTime now, Actor actor)
    {
        if (WorkflowId is not null) throw new InvalidTransitionException("order", WorkflowId, "StartWorkflow");
        WorkflowId = Guard.NotEmpty(workflowId, "workflow");
        PaysInStore = paysInStore;
        Record(now, actor, "workflow.started", $"Workflow {description}.");
    }

    /// <summary>Places a hold of this kind, or updates the reason of the active one.</summary>
    public void PlaceHold(HoldKind kind, string reason, DateTime now, Actor actor)
    {
        if (ActiveHold(kind) is { } active)
        {
            if (active.Reason == reason) return;
            active.Explain(reason);
        }
        else _holds.Add(new OrderHold(Guid.CreateVersion7(now), Id, kind, reason, now));
        Record(now, actor, "hold.placed", $"{HoldName(kind)} hold: {reason}");
        Refresh(now);
    }

    /// <summary>Lifts the active hold of this kind; refuses when there is none.</summary>
    public void LiftHold(HoldKind kind, string reason, DateTime now, Actor actor)
    {
        reason = Guard.NotEmpty(reason, "reason");
        var hold = ActiveHold(kind) ?? throw new InvalidTransitionException($"order {Number}", "not on hold", $"Lift{kind}Hold",
            $"Order {Number} has no active {HoldName(kind).ToLowerInvariant()} hold.");
        hold.Lift(actor.ToString(), reason, now);
        Record(now, actor, "hold.lifted", $"{HoldName(kind)} hold lifted by {actor}: {reason}");
        AuthoriseWaitingPayments(now, actor);
        Refresh(now);
    }

    /// <summary>Refuses <paramref name="action"/> while any hold is active, naming the hold (409).</summary>
    public void EnsureNotHeld(string action)
    {
        var hold = _holds.Find(h => h.IsActive);
        if (hold is not null)
            throw new InvalidTransitionException($"order {Number}", $"on {HoldName(hold.Kind).ToLowerInvariant()} hold", action,
                $"Order {Number} is on a {HoldName(hold.Kind).ToLowerInvariant()} hold ({hold.Reason}); it cannot {action} until the hold is lifted.");
    }

    /// <summary>
    /// Records a fraud assessment on the timeline; a review puts the order on a fraud hold, a rejection cancels it
    /// (the returned stock effects release its reservations).
    /// </summary>
    public IReadOnlyList<StockEffect> RecordFraudAssessment(FraudAssessment assessment, DateTime now)
    {
        Record(now, Actor.System, "fraud.assessed", assessment.Summary);
        switch (assessment.Decision)
        {
            case FraudDecision.Review:
                PlaceHold(HoldKind.Fraud, $"fraud score {assessment.Score} needs a review (review at {assessment.ReviewAt})", now, Actor.System);
                return [];
            case FraudDecision.Reject:
                return Cancel(null, $"rejected by the fraud check (score {assessment.Score}, reject at {assessment.RejectAt})", now, Actor.System);
            default:
                Refresh(now);
                return [];
        }
    }

    /// <summary>A cancelled order waits for nothing: its holds are lifted with the cancellation's reason.</summary>
    private void LiftHoldsOnCancel(string reason, DateTime now, Actor actor)
    {
        foreach (var hold in _holds.Where(h => h.IsActive))
        {
            hold.Lift(actor.ToString(), $"order cancelled: {reason}", now);
            Record(now, actor, "hold.lifted", $"{HoldName(hold.Kind)} hold lifted: the order was cancelled ({reason}).");
        }
    }

    private static string HoldName(HoldKind kind) => kind switch
    {
        HoldKind.Payment => "Payment",
        HoldKind.Fraud => "Fraud",
        HoldKind.ManualApproval => "Manual approval",
        _ => "Manual release",
    };
}
