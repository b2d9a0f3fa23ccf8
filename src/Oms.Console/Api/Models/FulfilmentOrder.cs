namespace Oms.Ui.Api.Models;

/// <summary>What one location is asked to fulfil.</summary>
public sealed record FulfilmentOrder(Guid Id, string Number, string Location, string DeliveryMethod, string? TransferTo, string Status,
    DateTime CreatedAt, DateTime? ReleasedAt, string? RejectReason, IReadOnlyList<FulfilmentLine> Lines, DateTime? CollectBy = null);
