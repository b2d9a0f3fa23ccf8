using System.Net;
using Oms.Domain.Returns;
using Oms.Server.Features.Inventory;
using Oms.Server.Features.Returns;
using Oms.Server.Tests.Infrastructure;
using Oms.Server.Web;
using static Oms.Server.Tests.Infrastructure.Orders;
using static Oms.Server.Tests.Returns.ReturnSteps;

namespace Oms.Server.Tests.Returns;

/// <summary>Returned units held as unsellable stock (for inspection or for the vendor) until a person decides, over HTTP.</summary>
public abstract class ReturnInspectionTests(OmsFixture fx)
{
    private const string Sara = "associate:sara@STORE-AMS";
    private OmsClient Api => fx.Api;

    [Fact]
    public async Task Units_received_for_inspection_are_held_unsellable_until_a_person_restocks_or_writes_them_off()
    {
        var (sku, ret) = await HandedInAsync(2);
        var received = await Api.ExpectAsync<ReturnResponse>(await ReceiveAsync(Api, ret.Id,
            Units("STORE-AMS", Disposition.NeedsInspection, (ret.Lines[0].Id, 2)), Sara), HttpStatusCode.OK);
        Assert.Equal(ReturnStatus.Received, received.Status);

        Assert.Equal(0, await AvailableAsync(sku, "STORE-AMS"));
        var held = await HeldAsync(sku, Sara);
        Assert.Equal([(Disposition.NeedsInspection, 1), (Disposition.NeedsInspection, 1)], held.Select(h => (h.Reason, h.Quantity)));
        Assert.All(held, h => Assert.Equal(("STORE-AMS", ret.Id, ret.Number), (h.Location, h.ReturnId, h.ReturnNumber)));
        await OmsClient.ProblemAsync(await CloseAsync(ret.Id), HttpStatusCode.Conflict);

        var restocked = await Api.ExpectAsync<ReturnResponse>(await InspectAsync(ret.Id,
            new InspectReturnRequest(null, ret.Lines[0].Id, 1, InspectionDecision.Restock, "as new", null), Sara), HttpStatusCode.OK);
        Assert.Equal(1, await AvailableAsync(sku, "STORE-AMS"));
        var left = Assert.Single(await HeldAsync(sku, Sara));
        await Api.ExpectAsync<ReturnResponse>(await InspectAsync(ret.Id,
            new InspectReturnRequest(left.ReceiptId, null, null, InspectionDecision.WriteOff, "stained", null), Sara), HttpStatusCode.OK);

        Assert.Equal(1, await AvailableAsync(sku, "STORE-AMS"));
        Assert.Empty(await HeldAsync(sku, Sara));
        var decided = await HeldAsync(sku, Sara, decided: true);
        Assert.Equal([InspectionDecision.Restock, InspectionDecision.WriteOff], decided.Select(h => h.Decision!.Value).Order());
        Assert.All(decided, h => Assert.Equal("associate:sara", h.DecidedBy));
        Assert.Contains(restocked.Timeline, t => t.Type == "return.inspected" && t.Actor == "associate:sara"
            && t.Message.Contains($"1 × {sku} held at STORE-AMS (unit(s) 1) decided: Restock (as new)", StringComparison.Ordinal));
        var closed = await Api.ExpectAsync<ReturnResponse>(await CloseAsync(ret.Id), HttpStatusCode.OK);
        Assert.Equal(ReturnStatus.Closed, closed.Status);
        var movements = await Api.ExpectAsync<CursorPage<System.Text.Json.JsonElement>>(
            await Api.SendAsync(HttpMethod.Get, $"/api/stock/movements?location=STORE-AMS&sku={sku}"), HttpStatusCode.OK);
        Assert.Contains(movements.Items, m => m.GetProperty("reference").GetString() == ret.Number);
    }

    [Fact]
    public async Task Deciding_more_units_than_are_held_or_a_unit_twice_is_refused_and_changes_nothing()
    {
        var (sku, ret) = await HandedInAsync(2);
        var line = ret.Lines[0].Id;
        await Api.ExpectAsync<ReturnResponse>(await ReceiveAsync(Api, ret.Id, new ReceiveReturnRequest("STORE-AMS",
            [new ReceivedUnitsRequest(line, 1, Disposition.NeedsInspection), new ReceivedUnitsRequest(line, 1, Disposition.ReturnToVendor)]),
            Sara), HttpStatusCode.OK);
        var vendorUnit = Assert.Single(await HeldAsync(sku, Sara), h => h.Reason == Disposition.ReturnToVendor);
        await Api.ExpectAsync<ReturnResponse>(await InspectAsync(ret.Id,
            new InspectReturnRequest(vendorUnit.ReceiptId, null, 1, InspectionDecision.ReturnToVendor, "RMA 4711", null), Sara),
            HttpStatusCode.OK);

        var before = await DbSnapshot.TakeAsync(fx);
        var twice = await OmsClient.ProblemAsync(await InspectAsync(ret.Id,
            new InspectReturnRequest(vendorUnit.ReceiptId, null, null, InspectionDecision.Restock, null, null), Sara), HttpStatusCode.Conflict);
        var tooMany = await OmsClient.ProblemAsync(await InspectAsync(ret.Id,
            new InspectReturnRequest(null, line, 2, InspectionDecision.Restock, null, null), Sara), HttpStatusCode.UnprocessableEntity);
        await OmsClient.ProblemAsync(await InspectAsync(ret.Id, new InspectReturnRequest(null, null, 1, InspectionDecision.Restock, null,
            null), Sara), HttpStatusCode.BadRequest);
        Assert.Equal(before, await DbSnapshot.TakeAsync(fx));

        Assert.Contains("decided by associate:sara", twice.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("has 1 unit(s) held; 2 cannot be decided", Error(tooMany, "quantity"), StringComparison.Ordinal);
        Assert.Equal(0, await AvailableAsync(sku, "STORE-AMS"));
    }

    [Fact]
    public async Task Only_the_stores_own_people_see_and_decide_its_held_units_and_an_analyst_decides_nothing()
    {
        var (sku, ret) = await HandedInAsync(1);
        await Api.ExpectAsync<ReturnResponse>(await ReceiveAsync(Api, ret.Id,
            Units("STORE-AMS", Disposition.NeedsInspection, (ret.Lines[0].Id, 1)), Sara), HttpStatusCode.OK);
        const string stranger = "associate:uma@STORE-UTR";
        var decide = new InspectReturnRequest(null, ret.Lines[0].Id, 1, InspectionDecision.Restock, null, null);

        var before = await DbSnapshot.TakeAsync(fx);
        await OmsClient.ProblemAsync(await InspectAsync(ret.Id, decide, stranger), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Forbidden, (await InspectAsync(ret.Id, decide, "analyst:ali")).StatusCode);
        Assert.Equal(before, await DbSnapshot.TakeAsync(fx));

        Assert.Empty(await HeldAsync(sku, stranger));
        Assert.Single(await HeldAsync(sku, "analyst:ali"));
        await OmsClient.ProblemAsync(await Api.SendAsync(HttpMethod.Get, "/api/stock/held?location=STORE-AMS&limit=0"),
            HttpStatusCode.BadRequest);
        await Api.ExpectAsync<ReturnResponse>(await InspectAsync(ret.Id, decide, Sara), HttpStatusCode.OK);
        Assert.Equal(1, await AvailableAsync(sku, "STORE-AMS"));
    }

    /// <summary>An online order of <paramref name="units"/> delivered from the DC, handed in at STORE-AMS.</summary>
    private async Task<(string Sku, ReturnResponse Return)> HandedInAsync(int units)
    {
        var sku = await NewSkuAsync(Api, atDc: units);
        var order = await DeliveredAsync(Api, Ship(sku, units));
        return (sku, await RequestOkAsync(Api, order.Number, HandIn("STORE-AMS", (order.Lines[0].Id, units))));
    }

    private async Task<ReturnResponse> ApproveAsync(ReturnResponse ret) => await Api.ExpectAsync<ReturnResponse>(
        await Api.PostAsync($"/api/returns/{ret.Id}/approve", new ReturnDecisionRequest(null), "finance:fien"), HttpStatusCode.OK);

    private Task<HttpResponseMessage> InspectAsync(Guid id, InspectReturnRequest body, string actor)
        => Api.PostAsync($"/api/returns/{id}/inspect", body, actor);

    private Task<HttpResponseMessage> CloseAsync(Guid id) => Api.PostAsync($"/api/returns/{id}/close", actor: Agent);

    private async Task<IReadOnlyList<HeldStockResponse>> HeldAsync(string sku, string actor, bool decided = false)
        => (await Api.ExpectAsync<CursorPage<HeldStockResponse>>(await Api.SendAsync(HttpMethod.Get,
            $"/api/stock/held?sku={sku}&decided={(decided ? "true" : "false")}", actor: actor), HttpStatusCode.OK)).Items;

    private async Task<int> AvailableAsync(string sku, string location)
        => (await Api.StockAsync(sku)).Locations.SingleOrDefault(l => l.Location == location)?.AvailableToPromise ?? 0;
}

public sealed class ReturnInspectionTests_Sqlite(SqliteFixture fx) : ReturnInspectionTests(fx), IClassFixture<SqliteFixture>;

public sealed class ReturnInspectionTests_Postgres(PostgresFixture fx) : ReturnInspectionTests(fx), IClassFixture<PostgresFixture>;
