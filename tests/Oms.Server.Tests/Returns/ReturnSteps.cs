using System.Net;
using Oms.Domain.Returns;
using Oms.Server.Core.Contracts;
using Oms.Server.Features.Network;
using Oms.Server.Features.Returns;
using Oms.Server.Tests.Infrastructure;
using static Oms.Server.Tests.Infrastructure.Orders;

namespace Oms.Server.Tests.Returns;

/// <summary>The steps return tests share: a SKU of their own, an order that reached the customer, a return request.</summary>
internal static class ReturnSteps
{
    public const string Agent = "agent:anna";

    /// <summary>A product no other test touches, with <paramref name="atDc"/> units at the central DC and none elsewhere.</summary>
    public static async Task<string> NewSkuAsync(OmsClient api, int atDc)
    {
        var sku = ReferenceData.Code("RET");
        await api.PutAsync<ProductResponse>($"/api/products/{sku}", ReferenceData.Product(sku));
        await api.StockOnlyAtAsync(sku, ("DC-CENTRAL", atDc));
        return sku;
    }

    /// <summary>An online order shipped from the DC and delivered to the customer.</summary>
    public static async Task<OrderResponse> DeliveredAsync(OmsClient api, params OrderLineRequest[] lines)
        => await DeliverAllAsync(api, await api.CaptureAsync(Online(lines)));

    public static async Task<OrderResponse> DeliverAllAsync(OmsClient api, OrderResponse order)
    {
        foreach (var fo in order.FulfilmentOrders)
        {
            await api.FulfilAsync(fo.Id, "release");
            order = await api.ShipAsync(fo.Id);
        }
        foreach (var shipment in order.Shipments) order = await api.DeliverAsync(shipment.Id);
        return order;
    }

    public static ReturnRequest HandIn(string store, params (Guid Line, int Quantity)[] lines)
        => new([.. lines.Select(l => new ReturnLineRequest(l.Line, l.Quantity))], "does-not-fit", ReturnMethod.HandInAtStore, store);

    public static ReturnRequest ShipBack(params (Guid Line, int Quantity)[] lines)
        => new([.. lines.Select(l => new ReturnLineRequest(l.Line, l.Quantity))], "changed-mind", ReturnMethod.ShipToLocation,
            "DC-CENTRAL");

    public static Task<HttpResponseMessage> RequestAsync(OmsClient api, string order, ReturnRequest request, string actor = Agent)
        => api.PostAsync($"/api/orders/{order}/returns", request, actor);

    public static async Task<ReturnResponse> RequestOkAsync(OmsClient api, string order, ReturnRequest request, string actor = Agent)
        => await api.ExpectAsync<ReturnResponse>(await RequestAsync(api, order, request, actor), HttpStatusCode.Created);

    public static ReceiveReturnRequest Units(string location, Disposition disposition, params (Guid ReturnLine, int Quantity)[] units)
        => new(location, [.. units.Select(u => new ReceivedUnitsRequest(u.ReturnLine, u.Quantity, disposition))]);

    public static Task<HttpResponseMessage> GetAsync(OmsClient api, Guid returnId, string? actor = null)
        => api.SendAsync(HttpMethod.Get, $"/api/returns/{returnId}", actor: actor);

    /// <summary>The first message of a problem's field error.</summary>
    public static string? Error(System.Text.Json.JsonElement problem, string field)
        => problem.GetProperty("errors").GetProperty(field)[0].GetString();

    public static Task<HttpResponseMessage> ReceiveAsync(OmsClient api, Guid returnId, ReceiveReturnRequest request, string actor = Agent)
        => api.PostAsync($"/api/returns/{returnId}/receive", request, actor);
}
