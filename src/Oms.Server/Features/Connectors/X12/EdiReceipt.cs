using Oms.Server.Core.Inbox;

namespace Oms.Server.Features.Connectors.X12;

/// <summary>What receiving an interchange did: the inbox outcome of each transaction set and the answers written.</summary>
/// <param name="Sets">Per transaction set: its type, control number, PO number (850) and the inbox receipt.</param>
/// <param name="Documents">The 997s and 855s written (or found written before, for a repeated interchange).</param>
public sealed record EdiReceipt(string InterchangeControl, IReadOnlyList<EdiSetReceipt> Sets, IReadOnlyList<EdiDocumentResponse> Documents);

public sealed record EdiSetReceipt(string Type, string ControlNumber, string? PurchaseOrder, InboxReceipt Inbox);
