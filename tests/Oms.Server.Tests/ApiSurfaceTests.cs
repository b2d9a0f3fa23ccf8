using Oms.Server.Web;
using Oms.Server.Core.Configuration;
using Oms.Server.Core.Contracts;
using System.Net;
using System.Text.Json;
using Oms.Domain.Network;
using Oms.Domain.Orders;
using Oms.Server.Features.Network;
using Oms.Server.Features.Orders;
using Oms.Server.Tests.Infrastructure;
using static Oms.Server.Tests.Infrastructure.Orders;

namespace Oms.Server.Tests;

/// <summary>Health, the OpenAPI document, reference data, search and the locations' work queues.</summary>
public abstract class ApiSurfaceTests(OmsFixture fx)
{
    private OmsClient Api => fx.Api;

    [Fact]
    public async Task Health_answers_healthy()
    {
        var response = await Api.Http.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_OpenAPI_document_names_and_summarises_every_operation()
    {
        var doc = JsonDocument.Parse(await Api.Http.GetStringAsync("/openapi/v1.json")).RootElement;

        var operations = doc.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(op => (Path: p.Name, Verb: op.Name, Op: op.Value))).ToList();
        Assert.Contains(operations, o => o.Path == "/api/orders" && o.Verb == "post");
        Assert.All(operations, o =>
        {
            Assert.True(o.Op.TryGetProperty("operationId", out _), $"{o.Verb} {o.Path} has no name");
            Assert.True(o.Op.TryGetProperty("summary", out _), $"{o.Verb} {o.Path} has no summary");
        });
        // The reference page is public; the test clients do not follow redirects, so its one redirect is followed here.
        using var anonymous = fx.AnonymousClient();
        var docs = await anonymous.GetAsync("/api-docs");
        if (docs.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.MovedPermanently) docs = await anonymous.GetAsync(docs.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
    }

    [Fact]
    public async Task The_demo_network_has_every_kind_of_location_channel_and_fifty_skus()
    {
        var locations = await Api.ExpectAsync<CursorPage<LocationResponse>>(await Api.Http.GetAsync("/api/locations"), HttpStatusCode.OK);
        Assert.Equal(10, locations.Items.Count(l => l.Type == LocationType.Store));
        Assert.Contains(locations.Items, l => l.Type == LocationType.DistributionCenter);
        Assert.Contains(locations.Items, l => l.Type == LocationType.ExternalDc);
        Assert.Contains(locations.Items, l => l.Type == LocationType.DropShipSupplier);
        Assert.Contains(locations.Items, l => l.Type == LocationType.CarrierPickupPoint);
        Assert.True(locations.Items.Select(l => l.SizeClass).Distinct().Count() >= 4);

        var stores = await Api.ExpectAsync<CursorPage<LocationResponse>>(await Api.Http.GetAsync("/api/locations?type=store"), HttpStatusCode.OK);
        Assert.Equal(10, stores.Items.Count);
        var channels = await Api.ExpectAsync<CursorPage<ChannelResponse>>(await Api.Http.GetAsync("/api/channels"), HttpStatusCode.OK);
        Assert.Superset(new HashSet<string> { "web", "marketplace", "pos", "callcenter" }, channels.Items.Select(c => c.Code).ToHashSet());
        var first = await Api.ExpectAsync<CursorPage<ProductResponse>>(await Api.Http.GetAsync("/api/products?limit=10"), HttpStatusCode.OK);
        var products = await Api.ExpectAsync<CursorPage<ProductResponse>>(await Api.Http.GetAsync($"/api/products?limit=10&cursor={first.NextCursor}"), HttpStatusCode.OK);
        Assert.Equal("SKU-0010", first.Items[^1].Sku);
        Assert.Equal("SKU-0011", products.Items[0].Sku);
    }

    [Fact]
    public async Task Search_filters_by_status_and_date_and_pages_newest_first()
    {
        var channelIds = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            fx.Clock.Advance(TimeSpan.FromMinutes(10));
            channelIds.Add((await Api.CaptureAsync(Online(NewId("SRCH"), "search@example.com", Ship("SKU-0042")) with { Channel = "marketplace" })).ChannelOrderId);
        }
        var from = fx.Clock.GetUtcNow().AddMinutes(-25).UtcDateTime;

        var page1 = await Search($"channel=marketplace&email=search@example.com&limit=2&from={from:O}");
        var page2 = await Search($"channel=marketplace&email=search@example.com&limit=2&from={from:O}&cursor={page1.NextCursor}");

        Assert.Equal([channelIds[2], channelIds[1]], page1.Items.Select(i => i.ChannelOrderId));
        Assert.Equal([channelIds[0]], page2.Items.Select(i => i.ChannelOrderId));
        Assert.Null(page2.NextCursor);
        var window = await Search($"email=search@example.com&from={from.AddMinutes(6):O}&to={from.AddMinutes(16):O}");
        Assert.Equal([channelIds[1]], window.Items.Select(i => i.ChannelOrderId));
        var allocated = await Search("status=allocated&email=search@example.com");
        Assert.Equal(3, allocated.Items.Count);
        Assert.Empty((await Search("status=cancelled&email=search@example.com")).Items);
    }

    [Fact]
    public async Task A_location_sees_its_work_queue()
    {
        await Api.StockOnlyAtAsync("SKU-0043", ("STORE-ZWL", 5));
        var order = await Api.CaptureAsync(Online(Pickup("SKU-0043", "STORE-ZWL")));

        var queue = await Api.ExpectAsync<CursorPage<FulfilmentOrderResponse>>(
            await Api.Http.GetAsync("/api/fulfilment-orders?location=STORE-ZWL&status=allocated"), HttpStatusCode.OK);

        var fo = Assert.Single(queue.Items, f => f.OrderId == order.Id);
        Assert.Equal(DeliveryMethod.PickupInStore, fo.DeliveryMethod);
        Assert.Equal("SKU-0043", Assert.Single(fo.Lines).Sku);
        await Api.FulfilAsync(fo.Id, "release");
        var released = await Api.ExpectAsync<CursorPage<FulfilmentOrderResponse>>(
            await Api.Http.GetAsync("/api/fulfilment-orders?location=STORE-ZWL&status=released"), HttpStatusCode.OK);
        Assert.Contains(released.Items, f => f.Id == fo.Id);
    }

    private async Task<CursorPage<OrderSummaryResponse>> Search(string query)
        => await Api.ExpectAsync<CursorPage<OrderSummaryResponse>>(await Api.Http.GetAsync($"/api/orders?{query.Replace("+", "%2B", StringComparison.Ordinal)}"), HttpStatusCode.OK);
}

public sealed class ApiSurfaceTests_Sqlite(SqliteFixture fx) : ApiSurfaceTests(fx), IClassFixture<SqliteFixture>;

public sealed class ApiSurfaceTests_Postgres(PostgresFixture fx) : ApiSurfaceTests(fx), IClassFixture<PostgresFixture>;
