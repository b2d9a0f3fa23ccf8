using Oms.Domain.Inventory;
using Oms.Domain.Returns;

namespace Oms.Server.Features.Inventory;

/// <summary>Unsellable units held at a location until a person decides; not part of on-hand or availability.</summary>
/// <param name="Reason"><c>needsInspection</c> or <c>returnToVendor</c>: the disposition the units were received with.</param>
/// <param name="ReceiptId">The return's receipt of the unit: what <c>POST /api/returns/{id}/inspect</c> takes.</param>
/// <param name="Decision">Null while held; then <c>restock</c>, <c>writeOff</c> or <c>returnToVendor</c>.</param>
public sealed record HeldStockResponse(Guid Id, string Location, string Sku, int Quantity, Disposition Reason, Guid? ReturnId,
    string? ReturnNumber, Guid? ReturnLineId, Guid? ReceiptId, string? Note, DateTime CreatedAt, string CreatedBy,
    InspectionDecision? Decision, DateTime? DecidedAt, string? DecidedBy, string? DecisionNote)
{
    public static HeldStockResponse From(HeldStock h) => new(h.Id, h.LocationCode, h.Sku, h.Quantity, h.Reason, h.ReturnOrderId,
        h.ReturnNumber, h.ReturnLineId, h.ReturnReceiptId, h.Note, h.CreatedAt, h.CreatedBy, h.Decision, h.DecidedAt, h.DecidedBy,
        h.DecisionNote);
}
