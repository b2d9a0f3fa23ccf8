namespace Oms.Ui.Api.Models;

/// <summary>A return as the receiving store needs it (GET /api/returns): its lines with what is still outstanding.</summary>
public sealed record StoreReturn(Guid Id, string Number, Guid OrderId, string OrderNumber, string Kind, string Status, string Reason,
    string Method, string? ExpectedLocation, DateTime CreatedAt, IReadOnlyList<StoreReturnLine> Lines,
    IReadOnlyList<StoreReturnReceipt> Receipts);
