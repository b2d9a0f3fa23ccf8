using Oms.Domain.Orders;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Warehouse;

/// <summary>
/// What a bus-served location receives when a fulfilment order is released to it (docs/warehouse-messages.md).
/// <see cref="MessageId"/> is the same on every attempt (<c>release-{fulfilment order id}</c>), so the WMS recognises a
/// message the OMS had to send again.
/// </summary>
public sealed record WmsReleaseMessage(string Type, string MessageId, string Location, DateTime SentAt, WmsReleasedOrder FulfilmentOrder)
{
    public const string TypeName = "release";

    public static WmsReleaseMessage From(Order order, FulfilmentOrder fo, DateTime now) => new(TypeName, IdOf(fo.Id), fo.LocationCode, now,
        new WmsReleasedOrder(fo.Id, fo.Number, order.Id, order.Number, order.ChannelCode, order.ChannelOrderId, fo.DeliveryMethod,
            fo.TransferTo, fo.ReleasedAt, new WmsCustomer(order.CustomerName, order.CustomerEmail, order.CustomerPhone),
            AddressResponse.From(order.ShippingAddress),
            [.. order.Lines.Where(l => l.FulfilmentOrderId == fo.Id).OrderBy(l => l.LineNumber)
                .Select(l => new WmsReleasedLine(l.Id, l.LineNumber, l.Sku, l.Quantity, l.Status))]));

    public static string IdOf(Guid fulfilmentOrderId) => $"release-{fulfilmentOrderId}";
}
