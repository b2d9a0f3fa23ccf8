using Oms.Domain.Common;

namespace Oms.Domain.Orders;

/// <summary>Parcel labels for outbound fulfilment orders, made by a carrier before the parcel ships.</summary>
public sealed partial class Order
{
    /// <summary>
    /// Refuses a label for a fulfilment order that sends no parcel (a store pickup, a till sale: 422) or has nothing left
    /// to ship (409); answers the fulfilment order otherwise.
    /// </summary>
    public FulfilmentOrder EnsureLabelable(Guid fulfilmentOrderId)
    {
        var fo = FulfilmentOrder(fulfilmentOrderId);
        if (fo.DeliveryMethod is not (DeliveryMethod.ShipToAddress or DeliveryMethod.CarrierPickupPoint))
            throw new BusinessRuleException("deliveryMethod",
                $"Fulfilment order {fo.Number} is {fo.DeliveryMethod}: no parcel is sent, so it needs no label.");
        if (!_lines.Exists(l => l.FulfilmentOrderId == fo.Id && l.IsActive && l.ShipmentId is null))
            throw new InvalidTransitionException($"fulfilment order {fo.Number}", fo.Status.ToString(), "Label",
                $"Fulfilment order {fo.Number} has nothing left to ship: it is {fo.Status}.");
        return fo;
    }

    /// <summary>Keeps the carrier's label on the fulfilment order; one made meanwhile by another call wins (false).</summary>
    public bool RecordLabel(Guid fulfilmentOrderId, ParcelLabel label, DateTime now, Actor actor)
    {
        var fo = EnsureLabelable(fulfilmentOrderId);
        if (fo.Label is not null) return false;
        fo.AttachLabel(label);
        Record(now, actor, "shipment.label-created",
            $"Label {label.TrackingNumber} with {label.Carrier} ({label.Service}) for fulfilment order {fo.Number}.", null, fo.Id);
        Refresh(now);
        return true;
    }
}
