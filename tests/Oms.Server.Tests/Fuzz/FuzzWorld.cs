using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Oms.Domain.Orders;
using Oms.Domain.Payments;
using Oms.Server.Core.Contracts;
using Oms.Server.Features.Inventory;
using Oms.Server.Tests.Infrastructure;
using Xunit.Abstractions;
using static Oms.Server.Tests.Infrastructure.Orders;

namespace Oms.Server.Tests.Fuzz;

/// <summary>
/// What the sweep's valid requests refer to, created through the API: one target per operation that acts on an order,
/// a fulfilment order or a receipt, in the state the operation needs (an order on a manual-approval hold to lift, one
/// with a declined card to pay again, fulfilment orders allocated, released or ready for pickup, a shipment), and
/// reference data of the sweep's own. When an operation succeeds its target has moved on, so a fresh one can be made:
/// the next request reaches the handler again instead of a 409. A valid mutation of the configuration (fraud rules that
/// refuse everything, a disabled channel) is undone when it gets in the way of making one.
/// </summary>
public sealed class FuzzWorld(OmsClient api, ITestOutputHelper output)
{
    public const string Sku = "FUZZ-SKU-1";
    public const string Store = "FUZZ-STORE";
    public const string Channel = "fuzzweb";
    public const string Carrier = "FUZZCAR";

    private readonly Dictionary<string, OrderResponse> _orders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Guid> _ids = new(StringComparer.Ordinal);
    private int _serial;

    public JsonElement FraudRules { get; private set; }
    public JsonElement Workflows { get; private set; }
    public JsonElement RuleSet { get; private set; }
    public Guid Delivery { get; private set; }

    /// <summary>The order an operation acts on.</summary>
    public OrderResponse Order(string purpose) => _orders[purpose];

    /// <summary>The fulfilment order, shipment or receipt an operation acts on.</summary>
    public Guid Id(string purpose) => _ids[purpose];

    public static async Task<FuzzWorld> CreateAsync(OmsClient api, ITestOutputHelper output)
    {
        var world = new FuzzWorld(api, output);
        await world.SetUpAsync();
        return world;
    }

    private async Task SetUpAsync()
    {
        foreach (var sku in new[] { "SKU-0001", "SKU-0002", "SKU-0003", "SKU-0004" })
            await api.SetStockAsync("DC-CENTRAL", sku, 1_000_000);
        await api.SetStockAsync("STORE-AMS", "SKU-0012", 1_000_000);
        await Put($"/api/products/{Sku}", new { sku = Sku, name = "Fuzz product", listPrice = 19.95m, currency = "EUR" });
        await Put($"/api/locations/{Store}", new { code = Store, name = "Fuzz store", type = "store", sizeClass = "m", latitude = 52.1, longitude = 5.1 });
        await Put($"/api/carriers/{Carrier}", new { code = Carrier, name = "Fuzz carrier" });
        FraudRules = await Document("/api/configuration/fraud-rules");
        RuleSet = JsonDocument.Parse(await api.Http.GetStringAsync("/api/sourcing/rule-sets/default-document")).RootElement.Clone();
        // Orders of the sweep's own channel wait for a manual approval: the hold to lift.
        var workflows = JsonNode.Parse((await Document("/api/configuration/order-workflows")).GetRawText())!;
        workflows["entries"]!.AsArray().Insert(0, JsonNode.Parse($$"""
            {"name":"fuzz-held","channels":["{{Channel}}"],"steps":["validation","fraudCheck","paymentAuthorisation","sourcing","release"],
             "holds":[{"type":"manualApproval","before":"sourcing"}]}
            """));
        Workflows = JsonDocument.Parse(workflows.ToJsonString()).RootElement.Clone();
        await RestoreAsync();
        foreach (var purpose in (string[])["cancel", "amend", "source", "payments", "replace", "retry", "holds", "release", "reject",
            "ship", "pick", "ready-for-pickup", "collect", "deliver", "receive", "cancel-receipt"])
            await RefreshAsync(purpose);
        var deliveries = JsonDocument.Parse(await api.Http.GetStringAsync("/api/outbox/deliveries?status=delivered&limit=1")).RootElement;
        Delivery = deliveries.GetProperty("items")[0].GetProperty("id").GetGuid();
    }

    /// <summary>What a success of <paramref name="op"/> used up, if anything, made again; false when it used up nothing.</summary>
    public async Task<bool> ConsumedAsync(WriteOperation op)
    {
        var purpose = op.Name switch
        {
            "POST /api/orders/{idOrNumber}/cancel" => "cancel",
            "POST /api/orders/{idOrNumber}/amendments" => "amend",
            "POST /api/orders/{idOrNumber}/payments" => "payments",
            "POST /api/orders/{idOrNumber}/payments/{sequence:int}/replace" => "replace",
            "POST /api/orders/{idOrNumber}/holds/{kind}/release" => "holds",
            "POST /api/fulfilment-orders/{id:guid}/release" => "release",
            "POST /api/fulfilment-orders/{id:guid}/reject" => "reject",
            "POST /api/fulfilment-orders/{id:guid}/ship" => "ship",
            "POST /api/fulfilment-orders/{id:guid}/ready-for-pickup" => "ready-for-pickup",
            "POST /api/fulfilment-orders/{id:guid}/collect" => "collect",
            "POST /api/expected-receipts/{id:guid}/receive" => "receive",
            "POST /api/expected-receipts/{id:guid}/cancel" => "cancel-receipt",
            _ => null,
        };
        if (purpose is not null) await RefreshAsync(purpose);
        return purpose is not null;
    }

    private async Task RefreshAsync(string purpose)
    {
        switch (purpose)
        {
            case "cancel":
                // Every other order to cancel is on a hold, which the cancellation lifts with its reason.
                _orders[purpose] = ++_serial % 2 == 0 ? await HeldAsync() : await CaptureAsync(Card(SandboxApprove));
                break;
            case "amend" or "source":
                _orders[purpose] = await CaptureAsync(Card(SandboxApprove));
                break;
            case "payments" or "replace" or "retry":
                _orders[purpose] = await CaptureAsync(Card(SandboxDecline));
                break;
            case "holds":
                _orders[purpose] = await HeldAsync();
                break;
            case "release" or "reject":
                _ids[purpose] = await FulfilmentOrderAsync(null);
                break;
            case "ship" or "pick":
                _ids[purpose] = await FulfilmentOrderAsync(Ship("SKU-0003"), "release");
                break;
            case "ready-for-pickup":
                _ids[purpose] = await FulfilmentOrderAsync(Pickup("SKU-0012", "STORE-AMS"), "release");
                break;
            case "collect":
                _ids[purpose] = await FulfilmentOrderAsync(Pickup("SKU-0012", "STORE-AMS"), "release", "ready-for-pickup");
                break;
            case "deliver":
                var fo = await FulfilmentOrderAsync(Ship("SKU-0004"), "release");
                _ids[purpose] = (await api.ShipAsync(fo)).Shipments[0].Id;
                break;
            case "receive" or "cancel-receipt":
                _ids[purpose] = (await api.ExpectAsync<ExpectedReceiptResponse>(await api.PostAsync("/api/expected-receipts",
                    new ExpectedReceiptRequest("DC-CENTRAL", "SKU-0005", 10, OmsFixture.Start.UtcDateTime.AddDays(14), "PO-FUZZ")), HttpStatusCode.Created)).Id;
                break;
        }
    }

    private const string SandboxApprove = "pm_card_visa";
    private const string SandboxDecline = "pm_card_chargeDeclinedInsufficientFunds";

    private static PaymentRequest Card(string token) => new(PaymentMethod.Card, "sandbox", token);

    /// <summary>An order of its own customer at its own address, so that the fraud rules' velocity checks never hold it.</summary>
    private async Task<OrderResponse> CaptureAsync(PaymentRequest payment, string channel = "web", params OrderLineRequest[] lines)
    {
        var n = ++_serial;
        var request = Online(NewId("FUZZ"), $"fuzz-world-{n}@example.com", lines.Length > 0 ? lines : [Ship("SKU-0001"), Ship("SKU-0002", 2)]) with
        {
            Channel = channel,
            ShippingAddress = AmsterdamHome with { Line1 = $"Fuzzstraat {n}" },
            Payments = [payment],
        };
        var response = await api.PostAsync("/api/orders", request, "fuzz:world");
        if (response.StatusCode != HttpStatusCode.Created)
        {
            // A valid mutation of the configuration got in the way: put it back once.
            output.WriteLine($"World: capture answered {(int)response.StatusCode}; restoring the configuration");
            await RestoreAsync();
            response = await api.PostAsync("/api/orders", request with { ChannelOrderId = NewId("FUZZ") }, "fuzz:world");
        }
        return await api.ExpectAsync<OrderResponse>(response, HttpStatusCode.Created);
    }

    private async Task<OrderResponse> HeldAsync()
    {
        var order = await CaptureAsync(Card(SandboxApprove), Channel);
        if (IsHeld(order)) return order;
        // A valid mutation of the workflows (or the channel) took the hold away: put the configuration back once.
        await RestoreAsync();
        order = await CaptureAsync(Card(SandboxApprove), Channel);
        if (!IsHeld(order)) output.WriteLine($"World: order {order.Number} of {Channel} is not on a manual-approval hold");
        return order;
    }

    private static bool IsHeld(OrderResponse order) => order.Holds?.Any(h => h.Kind == HoldKind.ManualApproval && h.Active) == true;

    private async Task<Guid> FulfilmentOrderAsync(OrderLineRequest? line, params string[] events)
    {
        OrderLineRequest[] lines = line is null ? [] : [line];
        var order = await CaptureAsync(Card(SandboxApprove), "web", lines);
        if (order.FulfilmentOrders.Count == 0)
        {
            output.WriteLine($"World: order {order.Number} ({order.Status}) got no fulfilment order; holds {string.Join(",", order.Holds?.Select(h => $"{h.Kind}:{h.Active}") ?? [])}; lines {string.Join(",", order.Lines.Select(l => $"{l.Sku}:{l.Status}"))}");
            await RestoreAsync();
            order = await CaptureAsync(Card(SandboxApprove), "web", lines);
        }
        var fo = order.FulfilmentOrders[0].Id;
        foreach (var e in events) await api.FulfilAsync(fo, e);
        return fo;
    }

    /// <summary>The sweep's channel, its rule set, the fraud rules and the workflows as the world set them up.</summary>
    private async Task RestoreAsync()
    {
        await Put($"/api/channels/{Channel}", new { code = Channel, name = "Fuzz web", type = "webshop", currency = "EUR", enabled = true });
        await Put($"/api/channels/{Channel}/allocation", new { rules = Array.Empty<object>() });
        await Put($"/api/sourcing/rule-sets/{Channel}", new { document = RuleSet, comment = "fuzz", activate = true });
        await Put("/api/configuration/fraud-rules", FraudRules);
        await Put("/api/configuration/order-workflows", Workflows);
    }

    private async Task<JsonElement> Document(string url)
        => JsonDocument.Parse(await api.Http.GetStringAsync(url)).RootElement.GetProperty("document").Clone();

    private async Task Put(string url, object body)
    {
        var response = await api.SendAsync(HttpMethod.Put, url, body, "admin:fuzz");
        Assert.True(response.IsSuccessStatusCode, $"PUT {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
