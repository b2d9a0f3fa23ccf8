namespace Oms.Server.Features.Carriers;

/// <summary>
/// What the OMS made of a carrier's tracking webhook: <c>applied</c> (a return's or an order's timeline has it),
/// <c>duplicate</c> (the same update came before), <c>stale</c> (about a known shipment, but older than its latest
/// milestone or after its delivery: kept, changes nothing), <c>unmatched</c> (no return and no shipment has the tracking
/// number: kept with the reason), or <c>ignored</c> (a genuine notification that carries no parcel status). Every one
/// of them is a success for the carrier: it need not send the update again.
/// </summary>
public sealed record CarrierEventReceipt(string Outcome, string? TrackingNumber = null, Guid? ReturnId = null, string? Reason = null,
    Guid? ShipmentId = null, Guid? OrderId = null);
