using Oms.Domain.Orders;

namespace Oms.Server.Core.Events;

public sealed record LineRef(Guid Id, int LineNumber, string Sku, int Quantity, LineStatus Status, DeliveryMethod DeliveryMethod,
    string? Location, string? PickupLocation, Guid? FulfilmentOrderId, Guid? ShipmentId)
{
    public static LineRef From(OrderLine l) => new(l.Id, l.LineNumber, l.Sku, l.Quantity, l.Status, l.DeliveryMethod, l.LocationCode,
        l.PickupLocationCode, l.FulfilmentOrderId, l.ShipmentId);
}
