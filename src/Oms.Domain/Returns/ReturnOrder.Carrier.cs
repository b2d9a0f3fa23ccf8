using System.Globalization;
using Oms.Domain.Common;

namespace Oms.Domain.Returns;

/// <summary>
/// The carrier side of a return that comes back by parcel: the return label (tracking number, label link), the collection
/// booked at the customer's address, a failure to get either, and the parcel's tracking. Each is recorded on the timeline;
/// none changes the status (the goods are received at the location as for any other return).
/// </summary>
public sealed partial class ReturnOrder
{
    /// <summary>What a carrier-given text (tracking number, id, link) keeps.</summary>
    public const int MaxCarrierText = 500;

    /// <summary>The carrier that moves the parcel (for a platform: the platform's name and the carrier, <c>sendcloud/postnl</c>).</summary>
    public string? Carrier { get; private set; }
    public string? TrackingNumber { get; private set; }
    public string? TrackingUrl { get; private set; }
    /// <summary>The carrier's link to the printable label (it may need the carrier's credentials to fetch).</summary>
    public string? LabelUrl { get; private set; }
    /// <summary>The carrier's id of the parcel (what cancels the label).</summary>
    public string? CarrierShipmentId { get; private set; }
    public string? CollectionId { get; private set; }
    public DateTime? CollectionWindowStart { get; private set; }
    public DateTime? CollectionWindowEnd { get; private set; }
    /// <summary>Why no label or collection could be had (the carrier's refusal, no carrier configured); null once one was made.</summary>
    public string? LabelFailure { get; private set; }
    /// <summary>The parcel's last tracked status, and when the carrier recorded it.</summary>
    public ReturnParcelStatus? ParcelStatus { get; private set; }
    public DateTime? ParcelStatusAt { get; private set; }

    /// <summary>The parcel comes back through a carrier: a return label (and, for a collection, a booked driver) is made for it.</summary>
    public bool NeedsReturnLabel => Method is ReturnMethod.CarrierCollection or ReturnMethod.ShipToLocation;

    public bool HasLabel => TrackingNumber is not null;

    public bool HasCollection => CollectionId is not null;

    /// <summary>Keeps the return label the carrier made; a second label for the same return is refused (409).</summary>
    /// <param name="service">The carrier's service as it names it (<c>PostNL Return 0-23kg (postnl)</c>), for the timeline.</param>
    public void RecordLabel(string carrier, string trackingNumber, string? trackingUrl, string? labelUrl, string carrierShipmentId,
        string? service, DateTime now, Actor actor)
    {
        ExpectParcel("RecordLabel");
        if (HasLabel)
            throw new ConflictException($"Return {Number} already has a label (tracking number {TrackingNumber}).");
        Carrier = Clip(Guard.NotEmpty(carrier, "carrier"));
        TrackingNumber = Clip(Guard.NotEmpty(trackingNumber, "trackingNumber"));
        TrackingUrl = trackingUrl is null ? null : Clip(trackingUrl);
        LabelUrl = labelUrl is null ? null : Clip(labelUrl);
        CarrierShipmentId = Clip(Guard.NotEmpty(carrierShipmentId, "carrierShipmentId"));
        LabelFailure = null;
        Record(now, actor, "return.label-created",
            $"Return label for {Number} created with {Carrier}{(string.IsNullOrWhiteSpace(service) ? "" : $", {TextLimit.Clip(service, 200)}")}: " +
                $"tracking number {TrackingNumber}, to {ExpectedLocationCode}.");
        Touch(now);
    }

    /// <summary>Keeps the collection the carrier booked at the customer's address.</summary>
    public void RecordCollection(string carrier, string collectionId, DateTime windowStart, DateTime windowEnd, DateTime now, Actor actor)
    {
        ExpectParcel("RecordCollection");
        if (Method != ReturnMethod.CarrierCollection)
            throw new InvalidTransitionException($"return {Number}", Method.ToString(), "RecordCollection",
                $"Return {Number} comes back by {Method}, not by a carrier's collection.");
        if (HasCollection) throw new ConflictException($"Return {Number} already has collection {CollectionId} booked.");
        if (windowEnd <= windowStart) throw new BusinessRuleException("windowEnd", "The collection window must end after it starts.");
        Carrier ??= Clip(Guard.NotEmpty(carrier, "carrier"));
        CollectionId = Clip(Guard.NotEmpty(collectionId, "collectionId"));
        CollectionWindowStart = windowStart;
        CollectionWindowEnd = windowEnd;
        Record(now, actor, "return.collection-booked",
            $"Collection {CollectionId} of return {Number} booked with {carrier} at the customer's address, " +
                $"{Stamp(windowStart)} to {Stamp(windowEnd)} UTC.");
        Touch(now);
    }

    /// <summary>
    /// No label or collection could be had, and trying again would not change that (the carrier refused the request, no
    /// carrier is configured, the location has no address): a person arranges it another way.
    /// </summary>
    public void RecordLabelFailure(string? carrier, string reason, DateTime now, Actor actor)
    {
        ExpectParcel("RecordLabelFailure");
        LabelFailure = TextLimit.Clip(Guard.NotEmpty(reason, "reason"), 1000);
        Record(now, actor, "return.label-failed",
            $"No {(HasLabel ? "collection" : "return label")} for {Number}{(carrier is null ? "" : $" from {carrier}")}: {LabelFailure}");
        Touch(now);
    }

    /// <summary>A tracking update of the return parcel: kept as the last status and written on the timeline.</summary>
    /// <param name="carrierText">The carrier's own words for the status (and code), shown on the timeline.</param>
    public void RecordParcelStatus(ReturnParcelStatus status, string carrierText, DateTime occurredAt, string? where, DateTime now,
        Actor actor)
    {
        if (!Enum.IsDefined(status)) throw new BusinessRuleException("status", $"{status} is not a parcel status.");
        if (!HasLabel)
            throw new InvalidTransitionException($"return {Number}", "no label", "RecordParcelStatus",
                $"Return {Number} has no parcel to track.");
        if (status != ReturnParcelStatus.Other && (ParcelStatusAt is null || occurredAt >= ParcelStatusAt))
        {
            ParcelStatus = status;
            ParcelStatusAt = occurredAt;
        }
        Record(now, actor, ParcelEventType(status),
            $"Return parcel {TrackingNumber} of {Number}: {TextLimit.Clip(carrierText, 300)}" +
                $"{(where is null ? "" : $" ({TextLimit.Clip(where, 200)})")} at {Stamp(occurredAt)} UTC.");
        Touch(now);
    }

    /// <summary>The timeline (and event) type of a parcel status: <c>return.parcel-in-transit</c>, <c>return.parcel-delivered</c>…</summary>
    public static string ParcelEventType(ReturnParcelStatus status) => status switch
    {
        ReturnParcelStatus.InTransit => "return.parcel-in-transit",
        ReturnParcelStatus.OutForDelivery => "return.parcel-out-for-delivery",
        ReturnParcelStatus.Delivered => "return.parcel-delivered",
        ReturnParcelStatus.FailedAttempt => "return.parcel-failed-attempt",
        ReturnParcelStatus.ArrivedAtPickupPoint => "return.parcel-at-pickup-point",
        ReturnParcelStatus.CollectedFromPickupPoint => "return.parcel-collected-from-pickup-point",
        ReturnParcelStatus.ReturnedToSender => "return.parcel-returned-to-sender",
        _ => "return.parcel-other",
    };

    private void ExpectParcel(string action)
    {
        if (!NeedsReturnLabel)
            throw new InvalidTransitionException($"return {Number}", Method.ToString(), action,
                $"Return {Number} does not come back by parcel ({Method}).");
        Expect(action, ReturnStatus.Requested, ReturnStatus.AwaitingApproval, ReturnStatus.Approved, ReturnStatus.PartlyReceived,
            ReturnStatus.Received);
    }

    private static string Clip(string text) => TextLimit.Clip(text.Trim(), MaxCarrierText);

    private static string Stamp(DateTime t) => t.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
