namespace Oms.Server.Core.Events;

/// <summary>
/// The data of every order, line, fulfilment-order, shipment, payment and hold event: the order as it stands after the
/// change, the timeline entry (sequence, actor, message) and the part the event is about.
/// </summary>
public sealed record OrderEventData(
    OrderRef Order,
    int Sequence,
    string Actor,
    string Message,
    LineRef? Line = null,
    FulfilmentOrderRef? FulfilmentOrder = null,
    ShipmentRef? Shipment = null,
    PaymentRef? Payment = null,
    HoldRef? Hold = null);
