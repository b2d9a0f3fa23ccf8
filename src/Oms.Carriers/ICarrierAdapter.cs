namespace Oms.Carriers;

/// <summary>
/// One carrier (or carrier platform) as the OMS uses it: labels for outbound and return parcels, a collection of a
/// return at the customer's address, and the carrier's tracking webhooks read as <see cref="TrackingEvent"/>s.
/// </summary>
/// <remarks>
/// Calls that reach the carrier throw <see cref="CarrierException"/> for every answer other than success, with a
/// <see cref="CarrierErrorKind"/> that says whether a retry may pass; cancelling <c>ct</c> throws
/// <see cref="OperationCanceledException"/> as usual. A request the carrier could never accept (an empty window, no
/// parcels) throws <see cref="ArgumentException"/> before anything is sent. Implementations are thread-safe singletons.
/// </remarks>
public interface ICarrierAdapter
{
    /// <summary>The adapter's name, the key it is registered under (<c>sendcloud</c>).</summary>
    string Name { get; }

    /// <summary>Announces a parcel to the carrier and answers its tracking number and label.</summary>
    /// <remarks>Not idempotent at the carrier: after an <see cref="CarrierErrorKind.Unavailable"/> timeout the label may
    /// exist; look it up by <see cref="LabelRequest.Reference"/> in the carrier's panel before creating another.</remarks>
    Task<CreatedLabel> CreateLabelAsync(LabelRequest request, CancellationToken ct);

    /// <summary>Cancels a label that has not been handed to the carrier yet (<see cref="CreatedLabel.CarrierShipmentId"/>).</summary>
    Task<LabelCancellation> CancelLabelAsync(string carrierShipmentId, CancellationToken ct);

    /// <summary>Books a driver to collect parcels at an address within a time window.</summary>
    Task<CollectionConfirmation> RequestCollectionAsync(CollectionRequest request, CancellationToken ct);

    /// <summary>Cancels a booked collection before its window starts.</summary>
    Task<CollectionCancellation> CancelCollectionAsync(string collectionId, CancellationToken ct);

    /// <summary>
    /// Verifies a tracking webhook's signature and reads it. Answers null for a genuine webhook that carries no parcel
    /// status (the carrier's other notifications), which the receiver acknowledges and ignores.
    /// </summary>
    /// <exception cref="CarrierWebhookException">The signature is missing or wrong, or the body is not the carrier's
    /// format: answer 401/400 and change nothing.</exception>
    TrackingEvent? ParseTrackingEvent(CarrierWebhook webhook);
}
