using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Oms.Domain.Common;
using Oms.Domain.Returns;
using Oms.Persistence;
using Oms.Server.Core;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Configuration;
using Oms.Server.Core.Contracts;
using Oms.Server.Core.Orders;
using Oms.Server.Web.Access;
using Oms.Server.Web.Hardening;

namespace Oms.Server.Features.Returns.Customer;

/// <summary>
/// Returns the customer starts without an account, from the order-status page. The same proof that shows the page authorises
/// them (<see cref="CustomerProof"/>: a wrong pair is 404 like an unknown number), never a staff permission; the return
/// itself is the staff's <see cref="RequestReturn"/> with its eligibility (return window, what was delivered, what other
/// returns hold) and approval policy, recorded as done by the customer. Rate limited like sign-in.
/// </summary>
public static class CustomerReturnsApi
{
    private const string Why = "The order number with its e-mail address or postal code authorises the customer, as on the order-status "
        + "page; limited per address like sign-in.";

    public static void MapCustomerReturnsApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/order-status/returns").WithTags("Returns");

        g.MapPost("/options", async Task<Ok<CustomerReturnOptionsResponse>> (CustomerProofRequest body, OmsDbContext db, TimeProvider clock,
                CancellationToken ct) =>
            {
                var order = await CustomerProof.OrderAsync(db, body.Number, body.Email, body.PostalCode, ct);
                var policy = await db.ReturnPolicyAsync(ct);
                var sold = await SoldLines.OfAsync(db, order, ct);
                var reason = policy.Reasons.FirstOrDefault(r => r.NeedsGoodsBack) ?? policy.Reasons[0];
                var check = ReturnEligibility.Check(policy, order.ChannelCode, reason.Code, sold,
                    [.. sold.Select(s => new ReturnRequestLine(s.OrderLineId, Math.Max(1, s.Quantity - s.AlreadyReturned)))],
                    clock.GetUtcNow().UtcDateTime);
                return TypedResults.Ok(new CustomerReturnOptionsResponse(order.Number,
                    [.. sold.Zip(check.Lines).Select(x => new CustomerReturnableLine(x.First.LineNumber, x.First.Sku, x.First.Quantity,
                        x.Second.Eligible ? x.Second.Returnable : 0, x.Second.Eligible ? null : x.Second.Refusal))],
                    [.. policy.Reasons.Select(r => new CustomerReturnReason(r.Code, r.Description))]));
            })
            .Public(Why).RequireRateLimiting(RateLimitPolicies.SignIn).WithName("GetCustomerReturnOptions")
            .WithSummary("What the customer may return now, without an account: per line the units still returnable within the return "
                + "policy (or why not), and the reasons to choose from")
            .ProducesValidationProblem().ProducesProblem(404).ProducesProblem(429);

        g.MapPost("/", async Task<Created<CustomerReturnResponse>> (CustomerReturnRequest body, OmsDbContext db, CommandBus bus,
                IOptions<OmsOptions> options, CancellationToken ct) =>
            {
                Validate(body);
                var order = await CustomerProof.OrderAsync(db, body.Number, body.Email, body.PostalCode, ct);
                var lines = body.Lines!.Select((l, i) => new ReturnLineRequest(
                    order.Lines.FirstOrDefault(o => o.LineNumber == l.LineNumber)?.Id
                        ?? throw new BusinessRuleException($"lines[{i}].lineNumber", $"The order has no line {l.LineNumber}."),
                    l.Quantity)).ToList();
                // A claim reason (lost, damaged beyond sending back) needs no goods back, so no method and no place.
                var goodsBack = (await db.ReturnPolicyAsync(ct)).Reason(body.Reason?.Trim())?.NeedsGoodsBack ?? true;
                var method = goodsBack ? body.Method ?? ReturnMethod.ShipToLocation : ReturnMethod.NoGoodsBack;
                var at = !goodsBack ? null
                    : method == ReturnMethod.HandInAtStore ? body.Store?.Trim() : options.Value.Sourcing.CentralLocation;
                var request = new ReturnRequest(lines, body.Reason, method, at, Note: body.Note);
                // The proof was checked here, where the request enters; the command runs as the OMS on the customer's behalf.
                var ret = await bus.SendAsync(new RequestReturn(order.Number, request), new Actor("customer", order.Number), ct);
                return TypedResults.Created($"/api/returns/{ret.Id}",
                    new CustomerReturnResponse(ret.Number, ret.OrderNumber, ret.Status, ret.TrackingUrl, ret.LabelUrl));
            })
            .Public(Why).RequireRateLimiting(RateLimitPolicies.SignIn).WithName("StartCustomerReturn")
            .WithSummary("The customer starts a return of delivered or collected units without an account: lines by their number, a reason "
                + "of the return policy, sent back by post (default) or handed in at a store; 422 naming the line when outside the policy")
            .ProducesValidationProblem().ProducesProblem(404).ProducesProblem(422).ProducesProblem(429);
    }

    /// <summary>The shape (400); whether the units may come back is the eligibility's (422).</summary>
    private static void Validate(CustomerReturnRequest body)
    {
        CustomerProof.Validate(body.Number, body.Email, body.PostalCode);
        var failures = new List<ValidationFailure>();
        if (body.Lines is not { Count: > 0 }) failures.Add(new("lines", "Say which lines and how many units come back."));
        else if (body.Lines.Count > Limits.Lines) failures.Add(new("lines", $"A return has at most {Limits.Lines} lines."));
        else
            for (var i = 0; i < body.Lines.Count; i++)
                if (body.Lines[i] is not { LineNumber: > 0, Quantity: > 0 and <= Limits.Quantity })
                    failures.Add(new($"lines[{i}]", $"Give the line number and a quantity between 1 and {Limits.Quantity}."));
        if (string.IsNullOrWhiteSpace(body.Reason)) failures.Add(new("reason", "Choose a reason."));
        if (body.Method is { } m && m is not (ReturnMethod.ShipToLocation or ReturnMethod.HandInAtStore))
            failures.Add(new("method", "Send the goods back by post (shipToLocation) or hand them in at a store (handInAtStore)."));
        if (body.Method == ReturnMethod.HandInAtStore && string.IsNullOrWhiteSpace(body.Store))
            failures.Add(new("store", "Say at which store the goods are handed in."));
        if (body.Note?.Length > Limits.Reason) failures.Add(new("note", $"note is at most {Limits.Reason} characters."));
        if (failures.Count > 0) throw new ValidationException(failures);
    }
}
