using Oms.Domain.Returns;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Returns;

/// <summary>A person's decision on units held for inspection or for the vendor.</summary>
/// <param name="ReceiptId">One held unit (a receipt of the return); or give <c>returnLineId</c> and <c>quantity</c>.</param>
/// <param name="ReturnLineId">Held units of this line, the earliest received first.</param>
/// <param name="Quantity">How many units of the line; 1 (or left out) with <c>receiptId</c>.</param>
/// <param name="Decision"><c>restock</c> (sellable at the location that holds the units), <c>writeOff</c> or
/// <c>returnToVendor</c>.</param>
/// <param name="Note">Kept on the return's timeline and the held stock record.</param>
/// <param name="Location">Which location decides, when the line's units are held at more than one.</param>
[RequiredFields("decision")]
public sealed record InspectReturnRequest(Guid? ReceiptId, Guid? ReturnLineId, int? Quantity, InspectionDecision? Decision,
    string? Note, string? Location = null);
