namespace Oms.Carriers.Sendcloud;

/// <summary>
/// Sendcloud's parcel status ids (<c>GET /api/v2/parcels/statuses</c>, the <c>status.id</c> of a parcel) as the
/// normalised <see cref="TrackingStatus"/>. Ids not listed (announced, cancelled, address changed, exception, and any
/// Sendcloud adds later) are <see cref="TrackingStatus.Other"/>: kept for the timeline, moving nothing.
/// </summary>
public static class SendcloudStatuses
{
    public const int EnRouteToSortingCenter = 3;
    public const int DeliveryDelayed = 4;
    public const int Sorted = 5;
    public const int NotSorted = 6;
    public const int BeingSorted = 7;
    public const int DeliveryAttemptFailed = 8;
    public const int Delivered = 11;
    public const int AwaitingCustomerPickup = 12;
    public const int ShipmentPickedUpByDriver = 22;
    public const int UnableToDeliver = 80;
    public const int ParcelEnRoute = 91;
    public const int DriverEnRoute = 92;
    public const int ShipmentCollectedByCustomer = 93;
    public const int AtCustoms = 62989;
    public const int AtSortingCentre = 62990;
    public const int RefusedByRecipient = 62991;
    public const int ReturnedToSender = 62992;

    private static readonly Dictionary<int, TrackingStatus> Map = new()
    {
        [EnRouteToSortingCenter] = TrackingStatus.InTransit,
        [DeliveryDelayed] = TrackingStatus.InTransit,
        [Sorted] = TrackingStatus.InTransit,
        [NotSorted] = TrackingStatus.InTransit,
        [BeingSorted] = TrackingStatus.InTransit,
        [ShipmentPickedUpByDriver] = TrackingStatus.InTransit,
        [ParcelEnRoute] = TrackingStatus.InTransit,
        [AtCustoms] = TrackingStatus.InTransit,
        [AtSortingCentre] = TrackingStatus.InTransit,
        [DriverEnRoute] = TrackingStatus.OutForDelivery,
        [Delivered] = TrackingStatus.Delivered,
        [DeliveryAttemptFailed] = TrackingStatus.FailedAttempt,
        [UnableToDeliver] = TrackingStatus.FailedAttempt,
        [RefusedByRecipient] = TrackingStatus.FailedAttempt,
        [AwaitingCustomerPickup] = TrackingStatus.ArrivedAtPickupPoint,
        [ShipmentCollectedByCustomer] = TrackingStatus.CollectedFromPickupPoint,
        [ReturnedToSender] = TrackingStatus.ReturnedToSender,
    };

    public static TrackingStatus Normalise(int statusId) => Map.GetValueOrDefault(statusId, TrackingStatus.Other);
}
