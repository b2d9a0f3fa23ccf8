using System.Globalization;
using System.Net;
using Oms.Server.Core.Contracts;
using Oms.Server.Features.Kpis;
using Oms.Server.Features.Network;
using Oms.Server.Tests.Infrastructure;
using Oms.Server.Tests.Returns;
using static Oms.Server.Tests.Infrastructure.Orders;

namespace Oms.Server.Tests.Reports;

/// <summary>
/// The KPI report over the public API: a channel of the test's own gets five orders, driven through capture, shipment (one
/// split, one late), delivery, cancellation, back-order and a return on the fixture's clock; every figure of
/// <c>GET /api/kpis</c> is then what the test works out by hand, and the CSV tables say the same.
/// </summary>
public abstract class KpiTests(OmsFixture fx)
{
    private OmsClient Api => fx.Api;
    private const string Analyst = "analyst:alex";

    private sealed record World(string Channel, string Sku, DateTime From, DateTime To, IReadOnlyList<OrderResponse> Orders);

    [Fact]
    public async Task The_figures_of_a_known_set_of_orders_are_those_worked_out_by_hand()
    {
        var w = await FiveOrdersAsync();

        var k = await KpisAsync(w);

        Assert.Equal(5, k.Orders);
        // A 10 + 10, B 20, C cancelled, E 30, F 40; each with 4.95 shipping.
        Assert.Equal(134.75m, k.Revenue);
        var byDay = w.Orders.GroupBy(o => o.CreatedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).OrderBy(g => g.Key)
            .Select(g => (g.Key, w.Channel, (long)g.Count())).ToList();
        Assert.Equal(byDay, k.OrdersByDay.Select(d => (d.Day, d.Channel, d.Orders)).ToList());
        Assert.Equal(k.Revenue, k.OrdersByDay.Sum(d => d.Revenue));
        // Units delivered: A 2 + B 1 of A 2 + B 1 + E 1 + F 1 (C's cancelled unit does not count).
        Assert.Equal(new KpiRate(3, 5, 0.6m), k.Fulfilment);
        // Shipped after 10, 12 (A's two parcels) and 59 hours (B); delivered after 30, 30 and 69 hours.
        Assert.Equal(new KpiCycleTime("captureToShip", 3, 12m, 59m, 59m), k.CycleTimes.Single(c => c.Measure == "captureToShip"));
        Assert.Equal(new KpiCycleTime("captureToDelivery", 3, 30m, 69m, 69m), k.CycleTimes.Single(c => c.Measure == "captureToDelivery"));
        Assert.Equal(new KpiCycleTime("captureToPickupReady", 0, null, null, null), k.CycleTimes.Single(c => c.Measure == "captureToPickupReady"));
        // Finished: A (perfect), B (late and returned), C (cancelled).
        Assert.Equal(new KpiRate(1, 3, 0.3333m), k.PerfectOrders);
        var reason = Assert.Single(k.ReturnsByReason);
        Assert.Equal(new KpiReturnRow("does-not-fit", 1, 3, 0.3333m), reason);
        Assert.Equal(new KpiReturnRow(w.Sku, 1, 2, 0.5m), Assert.Single(k.ReturnsByProduct));
        Assert.Equal(new KpiBackorders(1, 1), k.Backorders);
        Assert.Equal(new KpiRate(1, 2, 0.5m), k.SplitShipments);
        Assert.Equal(new KpiRate(0, 3, 0m), k.ShipFromStore);
        Assert.Equal(new KpiRate(1, 3, 0.3333m), k.LateShipments);
        Assert.Equal(new KpiRate(0, 0, null), k.LatePickups);
        Assert.Contains("cancelled", k.Definitions["fulfilment"], StringComparison.Ordinal);
        Assert.Contains("48", k.Definitions["lateShipments"], StringComparison.Ordinal);

        // A longer service level makes B on time: its shipment no longer counts as a breach, but its return still spoils it.
        var lenient = await KpisAsync(w, "&shipWithinHours=72");
        Assert.Equal(new KpiRate(0, 3, 0m), lenient.LateShipments);
        Assert.Equal(new KpiRate(1, 3, 0.3333m), lenient.PerfectOrders);

        // Orders of the period in other channels are not counted; a period before the orders has none.
        var before = await KpisAsync(w with { From = w.From.AddDays(-3), To = w.From });
        Assert.Equal((0, 0m, 0), (before.Orders, before.Revenue, before.OrdersByDay.Count));
        Assert.Equal(new KpiRate(0, 0, null), before.Fulfilment);

        var csv = await CsvAsync(w, "rates");
        Assert.Equal("kpi,count,of,rate", csv[0]);
        Assert.Contains("fulfilment,3,5,0.6", csv);
        Assert.Contains("perfectOrders,1,3,0.3333", csv);
        Assert.Contains("backorderedLines,1,,", csv);
        var cycles = await CsvAsync(w, "cycle-times");
        Assert.Equal(["measure,count,p50Hours,p90Hours,p95Hours", "captureToShip,3,12,59,59", "captureToDelivery,3,30,69,69",
            "captureToPickupReady,0,,,"], cycles);
        var days = await CsvAsync(w, "orders-by-day");
        Assert.Equal(k.OrdersByDay.Count + 1, days.Length);
        Assert.Equal($"does-not-fit,1,3,0.3333", (await CsvAsync(w, "returns-by-reason"))[1]);
    }

    [Fact]
    public async Task Analysts_and_operations_read_the_figures_an_agent_is_refused_and_a_bad_filter_is_a_field_error()
    {
        Assert.Equal(HttpStatusCode.OK, (await Api.SendAsync(HttpMethod.Get, "/api/kpis", actor: "ops:olga")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Api.SendAsync(HttpMethod.Get, "/api/kpis", actor: Analyst)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Api.SendAsync(HttpMethod.Get, "/api/kpis", actor: "agent:anna")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Api.SendAsync(HttpMethod.Get, "/api/kpis/rates.csv", actor: "agent:anna")).StatusCode);

        var backwards = await OmsClient.ProblemAsync(await Api.SendAsync(HttpMethod.Get,
            "/api/kpis?from=2026-11-02T00:00:00Z&to=2026-11-01T00:00:00Z", actor: Analyst), HttpStatusCode.BadRequest);
        Assert.Equal("from must be before to.", backwards.GetProperty("errors").GetProperty("from")[0].GetString());
        var tooLong = await OmsClient.ProblemAsync(await Api.SendAsync(HttpMethod.Get,
            "/api/kpis?from=2024-01-01T00:00:00Z&to=2026-01-01T00:00:00Z", actor: Analyst), HttpStatusCode.BadRequest);
        Assert.True(tooLong.GetProperty("errors").TryGetProperty("to", out _));
        await OmsClient.ProblemAsync(await Api.SendAsync(HttpMethod.Get, "/api/kpis/secrets.csv", actor: Analyst), HttpStatusCode.NotFound);
    }

    /// <summary>
    /// A (two lines, shipped apart after 10 and 12 hours, delivered after 30), B (captured an hour later, shipped after 59
    /// hours, delivered after 69, one unit returned), C (cancelled), E (waiting in the warehouse), F (back-ordered).
    /// </summary>
    private async Task<World> FiveOrdersAsync()
    {
        var channel = ReferenceData.Code("KPI");
        await Api.PutAsync<ChannelResponse>($"/api/channels/{channel}", ReferenceData.Channel(channel));
        var sku = await ReturnSteps.NewSkuAsync(Api, 20);
        var other = await ReturnSteps.NewSkuAsync(Api, 20);
        var none = await ReturnSteps.NewSkuAsync(Api, 0);
        CaptureOrderRequest Order(params OrderLineRequest[] lines) => Online(NewId("KPI"), "kpi@example.com", lines) with { Channel = channel };

        var from = fx.Clock.GetUtcNow().UtcDateTime.AddMinutes(-1);
        var a = await Api.CaptureAsync(Order(Ship(sku, 1, 10m), Ship(other, 1, 10m)));
        fx.Clock.Advance(TimeSpan.FromHours(1));
        var b = await Api.CaptureAsync(Order(Ship(sku, 1, 20m)));
        fx.Clock.Advance(TimeSpan.FromHours(1));
        var c = await Api.CaptureAsync(Order(Ship(sku, 1, 30m)));
        await Api.CancelAsync(c.Number, "Customer changed their mind");
        fx.Clock.Advance(TimeSpan.FromHours(1));
        var e = await Api.CaptureAsync(Order(Ship(other, 1, 30m)));
        var f = await Api.CaptureAsync(Order(Ship(none, 1, 40m)));

        fx.Clock.Advance(TimeSpan.FromHours(7));
        var afo = Assert.Single(a.FulfilmentOrders).Id;
        await Api.FulfilAsync(afo, "release");
        await Api.ShipAsync(afo, tracking: "KPI-A1", lineIds: [a.Lines[0].Id]);
        fx.Clock.Advance(TimeSpan.FromHours(2));
        a = await Api.ShipAsync(afo, tracking: "KPI-A2", lineIds: [a.Lines[1].Id]);
        fx.Clock.Advance(TimeSpan.FromHours(18));
        foreach (var s in a.Shipments) a = await Api.DeliverAsync(s.Id);

        fx.Clock.Advance(TimeSpan.FromHours(30));
        var bfo = Assert.Single(b.FulfilmentOrders).Id;
        await Api.FulfilAsync(bfo, "release");
        b = await Api.ShipAsync(bfo, tracking: "KPI-B1");
        fx.Clock.Advance(TimeSpan.FromHours(10));
        b = await Api.DeliverAsync(Assert.Single(b.Shipments).Id);
        await ReturnSteps.RequestOkAsync(Api, b.Number, ReturnSteps.HandIn("STORE-UTR", (b.Lines[0].Id, 1)));

        Assert.Equal(("Completed", "Completed", "Cancelled", "Backordered"),
            (a.Status.ToString(), b.Status.ToString(), (await Api.GetOrderAsync(c.Number)).Status.ToString(),
                (await Api.GetOrderAsync(f.Number)).Status.ToString()));
        return new World(channel, sku, from, from.AddDays(1), [a, b, c, e, f]);
    }

    private async Task<KpiReport> KpisAsync(World w, string extra = "")
        => await Api.ExpectAsync<KpiReport>(await Api.SendAsync(HttpMethod.Get, Url(w, "/api/kpis") + extra, actor: Analyst),
            HttpStatusCode.OK);

    private async Task<string[]> CsvAsync(World w, string table)
    {
        var response = await Api.SendAsync(HttpMethod.Get, Url(w, $"/api/kpis/{table}.csv"), actor: Analyst);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadAsStringAsync()).Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries);
    }

    private static string Url(World w, string path)
        => $"{path}?channel={w.Channel}&from={Uri.EscapeDataString(w.From.ToString("O", CultureInfo.InvariantCulture))}" +
            $"&to={Uri.EscapeDataString(w.To.ToString("O", CultureInfo.InvariantCulture))}";
}

public sealed class KpiTests_Sqlite(SqliteFixture fx) : KpiTests(fx), IClassFixture<SqliteFixture>;

public sealed class KpiTests_Postgres(PostgresFixture fx) : KpiTests(fx), IClassFixture<PostgresFixture>;
