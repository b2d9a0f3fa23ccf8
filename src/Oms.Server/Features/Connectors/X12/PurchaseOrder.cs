namespace Oms.Server.Features.Connectors.X12;

/// <summary>
/// An 850 as read: BEG (purpose, type, PO number, date), CUR, REF, PER, the N1 parties by their code (ST ship-to,
/// BT bill-to, BY buyer), TD5 routing, PO1 lines and CTT's line count.
/// </summary>
public sealed record PurchaseOrder(string Purpose, string OrderType, string Number, DateOnly? Date, string? Currency,
    IReadOnlyDictionary<string, string> References, string? ContactName, string? Email, string? Phone,
    IReadOnlyDictionary<string, PurchaseOrderParty> Parties, string? Routing, IReadOnlyList<PurchaseOrderLine> Lines,
    int? DeclaredLineCount)
{
    /// <summary>BEG01 = 01: the buyer cancels the PO.</summary>
    public bool IsCancellation => Purpose == "01";
}

/// <summary>An N1 loop: N1 name and id, N2 additional names, N3 street lines, N4 city, state, postal code and country.</summary>
public sealed record PurchaseOrderParty(string Code, string Name, string? Id, string? Name2, string? Line1, string? Line2,
    string? City, string? State, string? PostalCode, string? Country);

/// <summary>
/// A PO1 line: PO101 line number (the channel's line id), quantity, unit of measure, unit price, the product ids by their
/// qualifiers (VP vendor part, BP buyer part, UP UPC, SK SKU…) in the order sent, and the PID description.
/// </summary>
public sealed record PurchaseOrderLine(int Index, string LineNumber, int Quantity, string Unit, decimal? UnitPrice,
    IReadOnlyList<KeyValuePair<string, string>> ProductIds, string? Description);
