namespace Oms.Carriers;

/// <summary>A booked collection: the carrier's id and the window it confirmed, which may be narrower than asked.</summary>
/// <param name="Status">The carrier's own status of the booking (Sendcloud: <c>ANNOUNCING</c>, <c>ANNOUNCED</c>…).</param>
public sealed record CollectionConfirmation(string CollectionId, DateTime WindowStartUtc, DateTime WindowEndUtc, string Status);
