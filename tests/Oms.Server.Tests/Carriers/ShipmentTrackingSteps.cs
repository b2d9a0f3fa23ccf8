using System.Globalization;
using System.Text.Json.Nodes;
using Oms.Carriers.Sendcloud;
using Oms.Server.Core.Contracts;
using Oms.Server.Features.Carriers;
using Oms.Server.Tests.Infrastructure;
using Oms.Server.Tests.Returns;
using static Oms.Server.Tests.Infrastructure.Orders;

namespace Oms.Server.Tests.Carriers;

/// <summary>
/// Steps of the outbound tracking tests: an order shipped with a tracking number of its own, and Sendcloud's signed
/// <c>parcel_status_changed</c> webhooks for that parcel posted to the OMS as Sendcloud sends them.
/// </summary>
internal static class ShipmentTrackingSteps
{
    /// <summary>An order of a SKU of its own, captured for <paramref name="email"/>, released and shipped as
    /// <paramref name="tracking"/> with <paramref name="carrier"/>.</summary>
    public static async Task<OrderResponse> ShippedAsync(OmsClient api, string email, string tracking, string carrier = "PostNL",
        bool toPickupPoint = false)
    {
        var sku = await ReturnSteps.NewSkuAsync(api, atDc: 3);
        var line = toPickupPoint
            ? new OrderLineRequest(sku, 1, 19.95m, 0, 0, null, Domain.Orders.DeliveryMethod.CarrierPickupPoint, "PUP-RTM-CS", null)
            : Ship(sku);
        var capture = Online(NewId("WEB"), email, line);
        var order = await api.CaptureAsync(toPickupPoint ? capture with { ShippingAddress = null } : capture);
        var fo = order.FulfilmentOrders.Single().Id;
        await api.FulfilAsync(fo, "release");
        return await api.ShipAsync(fo, carrier, tracking);
    }

    /// <summary>A tracking number no other test uses (Sendcloud's look: <c>3S</c> and capitals).</summary>
    public static string NewTracking() => $"3STRK{Guid.NewGuid():N}"[..18].ToUpperInvariant();

    /// <summary>
    /// The webhook Sendcloud sends when the parcel with <paramref name="tracking"/> reaches <paramref name="statusId"/>
    /// (<see cref="SendcloudStatuses"/>) at <paramref name="at"/>; fields the OMS does not read are left in.
    /// </summary>
    public static string Webhook(string tracking, int statusId, DateTime at, string? servicePoint = null)
    {
        var stamp = new DateTimeOffset(at, TimeSpan.Zero).ToUnixTimeMilliseconds();
        return new JsonObject
        {
            ["action"] = "parcel_status_changed",
            ["timestamp"] = stamp + 517,
            ["carrier_status_change_timestamp"] = stamp,
            ["parcel"] = new JsonObject
            {
                ["id"] = 400000 + Math.Abs(tracking.GetHashCode(StringComparison.Ordinal) % 100000),
                ["tracking_number"] = tracking,
                ["is_return"] = false,
                ["carrier"] = new JsonObject { ["code"] = "postnl" },
                ["order_number"] = "",
                ["to_service_point"] = servicePoint is null ? null : int.Parse(servicePoint, CultureInfo.InvariantCulture),
                ["status"] = new JsonObject { ["id"] = statusId, ["message"] = Message(statusId) },
            },
        }.ToJsonString();
    }

    /// <summary>Posts the webhook signed with the integration's secret and answers the OMS's receipt (failing unless 200).</summary>
    public static async Task<CarrierEventReceipt> PostAsync(OmsFixture fx, string body)
        => await ReturnShippingSteps.ReceiptAsync(await ReturnShippingSteps.PostWebhookAsync(fx, body));

    public static ShipmentResponse Shipment(OrderResponse order) => order.Shipments.Single();

    private static string Message(int statusId) => Oms.TestSupport.StandIn.SendcloudStandIn.StatusMessages.TryGetValue(statusId, out var m)
        ? m
        : "Unknown status";
}
