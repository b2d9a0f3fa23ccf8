using Microsoft.Extensions.Options;
using Oms.Carriers.Sendcloud;
using Oms.Domain.Common;
using Oms.TestSupport.StandIn;

namespace Oms.Carriers.Tests;

/// <summary>Addresses, requests and adapters as the tests build them.</summary>
internal static class TestData
{
    /// <summary>Generous, so a first call's warm-up on a busy machine is never mistaken for a timeout.</summary>
    public static readonly TimeSpan ClientTimeout = TimeSpan.FromSeconds(10);

    public static readonly Address Warehouse = new("OMS DC Eindhoven", "Stadhuisplein 10", null, "5611 EM", "Eindhoven", "NL", "+31612345678");

    public static readonly Address Customer = new("Ada Lovelace", "Keizersgracht 123", "2nd floor", "1015 CJ", "Amsterdam", "NL", "+31687654321");

    public static LabelRequest Outbound(string? reference = null, ParcelDimensions? parcel = null, string? service = null) =>
        new(reference ?? Reference(), ShipmentDirection.Outbound, Warehouse, Customer, "ada@example.com", parcel, service);

    public static LabelRequest Return(string? reference = null) =>
        new(reference ?? Reference(), ShipmentDirection.Return, Customer, Warehouse, "ada@example.com", new ParcelDimensions(0.8m));

    public static CollectionRequest Collection(DateTime? start = null, TimeSpan? length = null, int parcels = 1) =>
        new(Reference(), Customer, start ?? Tomorrow(9), (start ?? Tomorrow(9)) + (length ?? TimeSpan.FromHours(4)), parcels, 2.5m,
            "ada@example.com", "Ring twice");

    public static DateTime Tomorrow(int hour) => DateTime.UtcNow.Date.AddDays(2).AddHours(hour);

    public static string Reference() => $"RMA-{Guid.NewGuid():N}"[..16];

    public static SendcloudOptions Options(SendcloudStandIn standIn, Action<SendcloudOptions>? configure = null)
    {
        var options = new SendcloudOptions
        {
            PublicKey = SendcloudStandIn.PublicKey,
            SecretKey = SendcloudStandIn.SecretKey,
            BaseUrl = standIn.ApiUrl,
            Timeout = ClientTimeout,
            OutboundShippingMethodId = SendcloudStandIn.PostNlStandard,
            ReturnShippingMethodId = SendcloudStandIn.PostNlReturn,
            CollectionCarrier = "dhl",
        };
        configure?.Invoke(options);
        return options;
    }

    public static SendcloudCarrierAdapter NewSendcloud(SendcloudStandIn standIn, Action<SendcloudOptions>? configure = null) =>
        new(Microsoft.Extensions.Options.Options.Create(Options(standIn, configure)));
}
