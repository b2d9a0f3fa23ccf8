using Oms.Domain.Returns;

namespace Oms.Server.Features.Returns;

/// <summary>One unit received (or declared missing) at a location, with its disposition now and as received.</summary>
public sealed record ReturnReceiptResponse(
    Guid Id,
    int Sequence,
    Guid ReturnLineId,
    string Location,
    Disposition ReceivedAs,
    Disposition Disposition,
    DateTime ReceivedAt,
    string ReceivedBy,
    string? Note,
    DateTime? InspectedAt,
    string? InspectedBy)
{
    public static ReturnReceiptResponse From(ReturnReceipt r) => new(r.Id, r.Sequence, r.ReturnLineId, r.LocationCode, r.ReceivedAs,
        r.Disposition, r.ReceivedAt, r.ReceivedBy, r.Note, r.InspectedAt, r.InspectedBy);
}
