using Oms.Domain.Common;
using Oms.Domain.Orders;
using Oms.Domain.OrderWorkflows;
using Oms.Payments;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Orders.Capture;

/// <summary>
/// The payment instruments of a new order. Together they must pay the total (one without an amount pays it all).
/// Where the workflow authorises, they wait for its payment step; a till sale (no authorisation, a selling store)
/// records them as tenders, captured at once; no instruments means the channel settles payment itself.
/// </summary>
internal sealed class CapturePayments(PaymentProviders providers)
{
    public void Add(Order order, ResolvedWorkflow workflow, IReadOnlyList<PaymentRequest?> payments, DateTime now, Actor actor)
    {
        if (payments.Count == 0) return;
        var tills = !workflow.Runs(WorkflowStep.PaymentAuthorisation);
        if (!tills)
        {
            var missing = payments.Select((p, i) => (p, i)).Where(x => string.IsNullOrWhiteSpace(x.p!.Provider) || string.IsNullOrWhiteSpace(x.p.Token))
                .Select(x => new FluentValidation.Results.ValidationFailure($"payments[{x.i}].{(string.IsNullOrWhiteSpace(x.p!.Provider) ? "provider" : "token")}",
                    "provider and token are required: the provider's reference for the payment method (never a card number).")).ToList();
            if (missing.Count > 0) throw new FluentValidation.ValidationException(missing);
        }
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        for (var i = 0; i < payments.Count; i++)
        {
            var provider = payments[i]!.Provider?.Trim() ?? (tills ? "offline" : null);
            if (provider is not null && providers.Refusal(provider) is { } refusal) errors[$"payments[{i}].provider"] = [refusal];
        }
        var list = payments.Count == 1 && payments[0]!.Amount is null ? [payments[0]! with { Amount = order.Total.Amount }] : payments.Select(p => p!).ToList();
        var sum = list.Sum(p => p.Amount ?? 0);
        if (sum != order.Total.Amount)
            errors["payments"] = [$"The payments add up to {new Money(sum, order.Currency)}, but the order total is {order.Total}."];
        if (tills && order.SellingLocationCode is null)
            errors["payments"] = [$"Workflow {workflow.Id} takes no payment for this order: send it without payments (the channel settles them)."];
        if (errors.Count > 0) throw new BusinessRuleException(errors.First().Value[0], errors);

        foreach (var p in list)
        {
            if (tills)
                order.RecordTender(p.Method!.Value, p.Token?.Trim() ?? $"till:{order.SellingLocationCode}", p.Amount!.Value, now, actor);
            else
                order.AddPayment(p.Method!.Value, p.Provider!.Trim().ToLowerInvariant(), p.Token!.Trim(), p.Amount!.Value, now, actor);
        }
    }
}
