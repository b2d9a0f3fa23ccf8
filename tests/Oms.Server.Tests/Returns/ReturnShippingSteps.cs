using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Oms.Domain.Returns;
using Oms.Server.Features.Returns;
using Oms.Server.Features.Carriers;
using Oms.Server.Tests.Infrastructure;
using Oms.TestSupport.StandIn;
using static Oms.Server.Tests.Infrastructure.Orders;
using static Oms.Server.Tests.Returns.ReturnSteps;

namespace Oms.Server.Tests.Returns;

/// <summary>Steps of the carrier tests: a return that comes back by parcel, and Sendcloud's tracking webhooks posted to the OMS.</summary>
internal static class ReturnShippingSteps
{
    public const string Events = "/api/carriers/sendcloud/events";

    public static ReturnRequest Collect(params (Guid Line, int Quantity)[] lines)
        => new([.. lines.Select(l => new ReturnLineRequest(l.Line, l.Quantity))], "changed-mind", ReturnMethod.CarrierCollection,
            "DC-CENTRAL");

    /// <summary>A delivered order of a SKU of its own and a return of its unit requested with <paramref name="method"/>.</summary>
    public static async Task<ReturnResponse> ReturnByParcelAsync(OmsClient api, ReturnMethod method)
    {
        var sku = await NewSkuAsync(api, atDc: 1);
        var order = await DeliveredAsync(api, Ship(sku));
        var line = (order.Lines[0].Id, 1);
        return await RequestOkAsync(api, order.Number, method == ReturnMethod.CarrierCollection ? Collect(line) : ShipBack(line));
    }

    public static async Task<ReturnResponse> ReturnAsync(OmsClient api, Guid id)
        => await api.ExpectAsync<ReturnResponse>(await GetAsync(api, id), HttpStatusCode.OK);

    /// <summary>The stand-in's parcel id behind a tracking number it gave (<c>3SSTND</c> and the id in nine digits).</summary>
    public static long ParcelId(string trackingNumber) => long.Parse(trackingNumber[6..], CultureInfo.InvariantCulture);

    /// <summary>Posts a webhook body to the OMS as Sendcloud does, signed with <paramref name="key"/>, with no OMS credential.</summary>
    public static async Task<HttpResponseMessage> PostWebhookAsync(OmsFixture fx, string body, string key = SendcloudStandIn.SecretKey)
    {
        using var http = fx.AnonymousClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, Events) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("Sendcloud-Signature", SendcloudStandIn.Sign(body, key));
        return await http.SendAsync(request);
    }

    /// <summary>A parcel_status_changed webhook for a parcel the stand-in never made (another system's label).</summary>
    public static string ForeignParcelWebhook(string trackingNumber, DateTime at)
    {
        var stamp = new DateTimeOffset(at, TimeSpan.Zero).ToUnixTimeMilliseconds();
        return new JsonObject
        {
            ["action"] = "parcel_status_changed",
            ["timestamp"] = stamp,
            ["carrier_status_change_timestamp"] = stamp,
            ["parcel"] = new JsonObject
            {
                ["id"] = 990001,
                ["tracking_number"] = trackingNumber,
                ["is_return"] = false,
                ["status"] = new JsonObject { ["id"] = 11, ["message"] = "Delivered" },
            },
        }.ToJsonString();
    }

    public static async Task<CarrierEventReceipt> ReceiptAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        return System.Text.Json.JsonSerializer.Deserialize<CarrierEventReceipt>(text, OmsClient.Json)!;
    }
}
