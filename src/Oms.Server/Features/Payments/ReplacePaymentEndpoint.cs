using Oms.Domain.Access;
using Oms.Server.Web.Access;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Oms.Domain.Common;
using Oms.Domain.Orders;
using Oms.Domain.Payments;
using Oms.Payments;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Contracts;
using Oms.Server.Web;
using Oms.Server.Web.OpenApi;

namespace Oms.Server.Features.Payments;

/// <summary>
/// Replacing an instrument that will not pay (declined, or its authorisation pending after a provider error or timeout)
/// with another, and the answer to an agent who adds one to an order that its pending instruments already cover.
/// </summary>
public static class ReplacePaymentEndpoint
{
    public static void MapReplacePayment(this RouteGroupBuilder payments)
        => payments.MapPost("/{sequence:int}/replace", async Task<Ok<OrderResponse>> (string idOrNumber, int sequence, PaymentRequest body,
                HttpContext http, CommandBus bus, CancellationToken ct)
                => TypedResults.Ok(OrderResponse.From(await bus.SendAsync(new ReplacePayment(idOrNumber, sequence, body),
                    ActorHeader.From(http), ct))))
            .ReadsActor().RequirePermission(Permissions.PaymentsManage).WithName("ReplaceOrderPayment")
            .WithSummary("Replace a payment instrument that is declined or still awaiting authorisation (provider error or timeout): "
                + "its pending authorisation is abandoned, and the new instrument (by default for the same amount) is authorised at once")
            .ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);

    /// <summary>The request's shape and a provider that can take new payments; 400 or 422 before anything is loaded.</summary>
    public static void Check(PaymentRequest body, PaymentProviders providers)
    {
        var check = new PaymentRequestValidator().Validate(body);
        if (!check.IsValid) throw new ValidationException(check.Errors);
        if (string.IsNullOrWhiteSpace(body.Provider))
            throw new BusinessRuleException("provider", "provider is required (stripe, offline or sandbox).");
        if (string.IsNullOrWhiteSpace(body.Token))
            throw new BusinessRuleException("token", "token is required: the provider's reference for the payment method.");
        if (providers.Refusal(body.Provider) is { } refusal) throw new BusinessRuleException("provider", refusal);
    }

    /// <summary>
    /// Why another instrument cannot be added when nothing is left uncovered, and what to do instead: retry or replace
    /// the instrument still awaiting authorisation.
    /// </summary>
    public static BusinessRuleException NothingUncovered(Order order)
    {
        var waiting = order.Payments.Where(p => p.IsLive && p.Pending(PaymentOperation.Authorise).Any()).OrderBy(p => p.Sequence)
            .FirstOrDefault();
        if (waiting is null)
            return new BusinessRuleException("amount", $"Order {order.Number} is already covered by its payments: nothing is left to pay. "
                + "To pay another way, replace a declined or pending payment: POST "
                + $"/api/orders/{order.Number}/payments/{{sequence}}/replace.");
        var last = waiting.Pending(PaymentOperation.Authorise).Last();
        var state = last.Outcome is { } outcome ? $"the provider answered {outcome}" : "it has not been sent to the provider yet";
        return new BusinessRuleException("amount",
            $"Order {order.Number} is already covered by payment {waiting.Sequence} ({waiting.Provider}), "
            + $"whose authorisation is still pending ({state}). Retry it with POST /api/orders/{order.Number}/payments/retry, "
            + $"or pay another way with POST /api/orders/{order.Number}/payments/{waiting.Sequence}/replace.");
    }
}
