using Oms.Domain.Common;
using Oms.Domain.Fraud;
using Oms.Domain.Inventory;
using Oms.Domain.OrderWorkflows;

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

    /// <summary>The workflow step the order runs next; null once it has run them all (or before it started).</summary>
    public WorkflowStep? NextStep { get; private set; }

    /// <summary>The workflow reached payment authorisation: instruments added from now on are authorised at once.</summary>
    public bool AuthorisationStarted { get; private set; }

    /// <summary>When the workflow's release step lets fulfilment orders go to their locations; null until it runs.</summary>
    public DateTime? ReleaseAfter { get; private set; }

    public bool HasActiveHold => _holds.Exists(h => h.IsActive);

    /// <summary>The workflow has reached sourcing: from now on waiting lines are sourced whenever stock or a person allows.</summary>
    public bool SourcingReached { get; private set; }

    public void MarkSourcingReached() => SourcingReached = true;

    public void StartWorkflow(string workflowId, string description, bool paysInStore, WorkflowStep? firstStep, DateTime now, Actor actor)
    {
        if (WorkflowId is not null) throw new InvalidTransitionException("order", WorkflowId, "StartWorkflow");
        WorkflowId = Guard.NotEmpty(workflowId, "workflow");
        PaysInStore = paysInStore;
        NextStep = firstStep;
        Record(now, actor, "workflow.started", $"Workflow {description}.");
    }

    /// <summary>The workflow ran <paramref name="step"/>; <paramref name="next"/> runs next (null: the workflow is done).</summary>
    public void CompleteStep(WorkflowStep step, WorkflowStep? next, DateTime now)
    {
        if (NextStep != step) throw new InvalidOperationException($"Order {Number} is at workflow step {NextStep}, not {step}.");
        NextStep = next;
        UpdatedAt = now;
        Version++;
    }

    /// <summary>Whether the workflow already placed a hold of this kind before this step (lifted or not): it places each once.</summary>
    public bool HoldPlacedBefore(HoldKind kind, WorkflowStep step) => _holds.Exists(h => h.Kind == kind && h.BeforeStep == step);

    /// <summary>The workflow's payment step: instruments waiting are sent for authorisation (the order waits on a payment hold).</summary>
    public void StartAuthorisation(DateTime now, Actor actor)
    {
        AuthorisationStarted = true;
        AuthoriseWaitingPayments(now, actor);
    }

    /// <summary>The workflow's release step: fulfilment orders may go to their locations from <paramref name="at"/> on.</summary>
    public void ScheduleRelease(DateTime at, DateTime now, Actor actor)
    {
        ReleaseAfter = at;
        Record(now, actor, "order.release-scheduled", at <= now
            ? "Released to fulfilment as soon as it is allocated and not on hold."
            : $"Released to fulfilment from {at:yyyy-MM-dd HH:mm} UTC (cancellation window), unless on hold.");
        Refresh(now);
    }

    /// <summary>
    /// Releases every allocated fulfilment order once the release time has come and no hold is active; returns how many.
    /// <paramref name="isDue"/> may hold a fulfilment order back further (until its location's cut-off).
    /// </summary>
    public int ReleaseDue(DateTime now, Actor actor, Func<FulfilmentOrder, bool>? isDue = null)
    {
        if (ReleaseAfter is not { } at || at > now || HasActiveHold) return 0;
        var due = _fulfilmentOrders.Where(f => f.Status == FulfilmentOrderStatus.Allocated && f.DeliveryMethod != DeliveryMethod.CarryOut
            && (isDue is null || isDue(f))).ToList();
        foreach (var fo in due) Release(fo.Id, now, actor);
        return due.Count;
    }

    /// <summary>Places a hold of this kind, or updates the reason of the active one.</summary>
    /// <param name="before">The workflow step the hold gates, when the workflow placed it.</param>
    public void PlaceHold(HoldKind kind, string reason, DateTime now, Actor actor, WorkflowStep? before = null)
    {
        var hold = ActiveHold(kind);
        if (hold is not null)
        {
            if (hold.Reason == reason) return;
            hold.Explain(reason);
        }
        else
        {
            hold = new OrderHold(Ids.Next(now), Id, kind, reason, now, before);
            _holds.Add(hold);
        }
        Record(now, actor, "hold.placed", $"{HoldName(kind)} hold: {reason}", null, hold.Id);
        Refresh(now);
    }

    /// <summary>Lifts the active hold of this kind; refuses when there is none.</summary>
    public void LiftHold(HoldKind kind, string reason, DateTime now, Actor actor)
    {
        reason = Guard.NotEmpty(reason, "reason");
        var hold = ActiveHold(kind) ?? throw new InvalidTransitionException($"order {Number}", "not on hold", $"Lift{kind}Hold",
            $"Order {Number} has no active {HoldName(kind).ToLowerInvariant()} hold.");
        hold.Lift(actor.ToString(), reason, now);
        Record(now, actor, "hold.lifted", $"{HoldName(kind)} hold lifted by {actor}: {reason}", null, hold.Id);
        AuthoriseWaitingPayments(now, actor);
        Refresh(now);
    }

    /// <summary>Refuses <paramref name="action"/> while any hold is active, naming the hold (409).</summary>
    public void EnsureNotHeld(string action)
    {
        var hold = _holds.Find(h => h.IsActive);
        if (hold is not null)
            throw new InvalidTransitionException($"order {Number}", $"on {HoldName(hold.Kind).ToLowerInvariant()} hold", action,
                $"Order {Number} is on a {HoldName(hold.Kind).ToLowerInvariant()} hold ({hold.Reason}); it cannot {action} until the " +
                    "hold is lifted.");
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
                PlaceHold(HoldKind.Fraud, $"fraud score {assessment.Score} needs a review (review at {assessment.ReviewAt})", now,
                    Actor.System);
                return [];
            case FraudDecision.Reject:
                return Cancel(null, $"rejected by the fraud check (score {assessment.Score}, reject at {assessment.RejectAt})", now,
                    Actor.System);
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
            Record(now, actor, "hold.lifted", $"{HoldName(hold.Kind)} hold lifted: the order was cancelled ({reason}).", null, hold.Id);
        }
    }

    private static string HoldName(HoldKind kind) => kind switch
    {
        HoldKind.Payment => "Payment",
        HoldKind.Fraud => "Fraud",
        HoldKind.ManualApproval => "Manual approval",
        HoldKind.AwaitingReturn => "Awaiting return",
        HoldKind.ReturnedToSender => "Returned to sender",
        _ => "Manual release",
    };
}
