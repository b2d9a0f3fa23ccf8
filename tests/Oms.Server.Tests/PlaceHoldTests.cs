using System.Net;
using Oms.Domain.Orders;
using Oms.Server.Core.Contracts;
using Oms.Server.Features.Payments;
using Oms.Server.Tests.Infrastructure;
using Oms.Server.Web;
using static Oms.Server.Tests.Infrastructure.Orders;

namespace Oms.Server.Tests;

/// <summary>POST /api/orders/{id}/holds: a person holds an order before release with a reason, and someone lifts it again.</summary>
public abstract class PlaceHoldTests(OmsFixture fx)
{
    private OmsClient Api => fx.Api;

    [Fact]
    public async Task An_agent_holds_an_order_with_a_reason_it_waits_in_the_queue_and_a_release_lifts_it()
    {
        await Api.StockOnlyAtAsync("SKU-0001", ("DC-CENTRAL", 10));
        var order = await Api.CaptureAsync(Online(Ship("SKU-0001", 1, 10m)));

        var held = await Api.ExpectAsync<OrderResponse>(await Api.PostAsync($"/api/orders/{order.Number}/holds",
            new PlaceHoldRequest("  Customer asked us to wait for their call. "), "agent:anna"), HttpStatusCode.OK);

        var hold = Assert.Single(held.Holds!, h => h.Active);
        Assert.Equal((HoldKind.ManualApproval, "Customer asked us to wait for their call."), (hold.Kind, hold.Reason));
        Assert.Contains(held.Timeline, t => t.Type == "hold.placed" && t.Actor == "agent:anna");
        var queue = await Api.ExpectAsync<CursorPage<HeldOrderResponse>>(
            await Api.Http.GetAsync("/api/holds?kind=manualApproval&limit=200"), HttpStatusCode.OK);
        Assert.Contains(queue.Items, h => h.OrderId == order.Id);

        var lifted = await Api.ExpectAsync<OrderResponse>(await Api.PostAsync($"/api/orders/{order.Number}/holds/manualApproval/release",
            new LiftHoldRequest("Customer called back"), "finance:fien"), HttpStatusCode.OK);

        Assert.DoesNotContain(lifted.Holds!, h => h.Active);
        Assert.Contains(lifted.Holds!, h => h.LiftedBy == "finance:fien" && h.LiftReason == "Customer called back");
    }

    [Fact]
    public async Task A_manual_release_hold_can_be_named_and_the_others_are_not_a_persons_to_place()
    {
        await Api.StockOnlyAtAsync("SKU-0002", ("DC-CENTRAL", 10));
        var order = await Api.CaptureAsync(Online(Ship("SKU-0002", 1, 10m)));
        var url = $"/api/orders/{order.Id}/holds";

        var held = await Api.ExpectAsync<OrderResponse>(await Api.PostAsync(url, new PlaceHoldRequest("Ship with the next order", "manualRelease"),
            "agent:anna"), HttpStatusCode.OK);
        Assert.Contains(held.Holds!, h => h.Active && h.Kind == HoldKind.ManualRelease);

        var fraud = await OmsClient.ProblemAsync(await Api.PostAsync(url, new PlaceHoldRequest("looks odd", "fraud"), "agent:anna"),
            HttpStatusCode.UnprocessableEntity);
        Assert.True(fraud.GetProperty("errors").TryGetProperty("kind", out _));
        await OmsClient.ProblemAsync(await Api.PostAsync(url, new PlaceHoldRequest("x", "nonsense"), "agent:anna"), HttpStatusCode.BadRequest);
        foreach (var missing in new[] { null, "   " })
        {
            var noReason = await OmsClient.ProblemAsync(await Api.PostAsync(url, new PlaceHoldRequest(missing), "agent:anna"),
                HttpStatusCode.UnprocessableEntity);
            Assert.True(noReason.GetProperty("errors").TryGetProperty("reason", out _));
        }
        await OmsClient.ProblemAsync(await Api.PostAsync(url, new PlaceHoldRequest("just looking"), "analyst:alex"), HttpStatusCode.Forbidden);
        await OmsClient.ProblemAsync(await Api.PostAsync("/api/orders/NO-SUCH-ORDER/holds", new PlaceHoldRequest("why"), "agent:anna"),
            HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_order_with_nothing_left_to_release_cannot_be_held()
    {
        await Api.StockOnlyAtAsync("SKU-0003", ("DC-CENTRAL", 10));
        var order = await Api.CaptureAsync(Online(Ship("SKU-0003", 1, 10m)));
        await Api.CancelAsync(order.Number, "customer changed their mind");

        var problem = await OmsClient.ProblemAsync(await Api.PostAsync($"/api/orders/{order.Id}/holds", new PlaceHoldRequest("too late"),
            "agent:anna"), HttpStatusCode.Conflict);

        Assert.Contains("nothing left to release", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}

public sealed class PlaceHoldTests_Sqlite(SqliteFixture fx) : PlaceHoldTests(fx), IClassFixture<SqliteFixture>;

public sealed class PlaceHoldTests_Postgres(PostgresFixture fx) : PlaceHoldTests(fx), IClassFixture<PostgresFixture>;
