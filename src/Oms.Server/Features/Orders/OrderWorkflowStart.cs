using Oms.Domain.Common;
using Oms.Domain.Fraud;
using Oms.Domain.Orders;
using Oms.Domain.OrderWorkflows;
using Oms.Payments;
using Oms.Persistence;
using Oms.Server.Features.Configuration;
using Oms.Server.Features.Fraud;
using Oms.Server.Features.Payments;

namespace Oms.Server.Features.Orders;

/// <summary>
/// Runs a new order's workflow steps, in the order its workflow lists them, inside the capture command: the order
/// keeps the workflow id (entry@version) for life. Sourcing has already reserved stock when this runs (a held order
/// keeps its reservation); holds stop release to fulfilment. Provider calls are only queued here: the capture
/// commits first, then <see cref="PaymentProcessor"/> calls the provider.
/// </summary>
public sealed class OrderWorkflowStart(OmsDbContext db, PaymentProviders providers)
{
    public async Task RunAsync(Order order, IReadOnlyList<PaymentRequest>? payments, DateTime now, Actor actor, CancellationToken ct)
    {
        var instruments = CheckPayments(order, payments ?? []);
        var workflow = (await db.OrderWorkflowsAsync(ct)).Resolve(order.ChannelCode, order.Type);
        order.StartWorkflow(workflow.Id, workflow.ToString(), workflow.PaysInStore, now, actor);
        foreach (var step in workflow.Steps)
        {
            if (order.Status == OrderStatus.Cancelled) return;
            foreach (var hold in workflow.HoldsBefore(step, order.Total))
                order.PlaceHold(hold.Kind == WorkflowHoldKind.ManualRelease ? HoldKind.ManualRelease : HoldKind.ManualApproval, hold.ToString(), now, actor);
            switch (step)
            {
                case WorkflowStep.FraudCheck:
                    var rules = await db.FraudRulesAsync(ct);
                    var facts = await FraudFactsQuery.GatherAsync(db, order, rules, now, ct);
                    await db.ApplyAsync(order.RecordFraudAssessment(FraudScorer.Assess(rules, facts), now), now, ct);
                    break;
                case WorkflowStep.PaymentAuthorisation:
                    foreach (var p in instruments) order.AddPayment(p.Method!.Value, p.Provider!.Trim().ToLowerInvariant(), p.Token!.Trim(), p.Amount!.Value, now, actor);
                    break;
            }
        }
    }

    /// <summary>
    /// Instruments must name a known, configured provider and together pay the order total; one instrument without an amount pays
    /// it all. No instruments: the channel settles payment itself (as before payments existed), so nothing is authorised.
    /// </summary>
    private List<PaymentRequest> CheckPayments(Order order, IReadOnlyList<PaymentRequest> payments)
    {
        if (payments.Count == 0) return [];
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        for (var i = 0; i < payments.Count; i++)
            if (providers.Refusal(payments[i].Provider!) is { } refusal) errors[$"payments[{i}].provider"] = [refusal];
        var list = payments.Count == 1 && payments[0].Amount is null ? [payments[0] with { Amount = order.Total.Amount }] : payments.ToList();
        var sum = list.Sum(p => p.Amount ?? 0);
        if (sum != order.Total.Amount)
            errors["payments"] = [$"The payments add up to {new Money(sum, order.Currency)}, but the order total is {order.Total}."];
        if (errors.Count > 0) throw new BusinessRuleException(errors.First().Value[0], errors);
        return list;
    }
}
