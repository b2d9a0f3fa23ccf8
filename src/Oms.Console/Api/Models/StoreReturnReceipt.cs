namespace Oms.Ui.Api.Models;

/// <summary>Units of a return line received at a location; one held for inspection has a disposition of <c>needsInspection</c>
/// until a person decides.</summary>
public sealed record StoreReturnReceipt(Guid Id, int Sequence, Guid ReturnLineId, string Location, string ReceivedAs, string Disposition,
    DateTime ReceivedAt, string ReceivedBy, DateTime? InspectedAt);
