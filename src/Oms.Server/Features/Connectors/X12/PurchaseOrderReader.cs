using System.Globalization;

namespace Oms.Server.Features.Connectors.X12;

/// <summary>
/// Reads an 850 transaction set into a <see cref="PurchaseOrder"/> and reports what is syntactically wrong with it as the
/// 997 does (AK3 segment errors, AK4 element errors): a missing BEG or PO1, an empty PO number, a quantity or price
/// that is not a number, a date that is not CCYYMMDD.
/// </summary>
public static class PurchaseOrderReader
{
    public static (PurchaseOrder Order, IReadOnlyList<X12SyntaxError> Errors) Read(X12TransactionSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var errors = new List<X12SyntaxError>();
        var beg = set.Body.FirstOrDefault(s => s.Id == "BEG");
        if (beg is null) errors.Add(new("BEG", 2, "3", null, null, "The mandatory BEG segment is missing.", "BEG"));
        else
        {
            if (beg[3].Length == 0) errors.Add(Element(beg, 3, "1", "BEG03 (the PO number) is missing."));
            if (beg[5].Length > 0 && Date(beg[5]) is null) errors.Add(Element(beg, 5, "8", $"BEG05 {beg[5]} is not a CCYYMMDD date."));
        }
        var parties = new Dictionary<string, PurchaseOrderParty>(StringComparer.Ordinal);
        var lines = new List<PurchaseOrderLine>();
        var refs = new Dictionary<string, string>(StringComparer.Ordinal);
        string? currency = null, routing = null, contact = null, email = null, phone = null;
        int? declared = null;
        PurchaseOrderParty? party = null;
        foreach (var s in set.Body)
        {
            if (s.Id != "N2" && s.Id != "N3" && s.Id != "N4" && party is not null) { parties.TryAdd(party.Code, party); party = null; }
            switch (s.Id)
            {
                case "CUR": currency = Blank(s[2]); break;
                case "REF": if (s[1].Length > 0) refs.TryAdd(s[1], s[2]); break;
                case "PER":
                    contact ??= Blank(s[2]);
                    for (var q = 3; q <= 7; q += 2)
                    {
                        if (s[q] == "EM") email ??= Blank(s[q + 1]);
                        if (s[q] == "TE") phone ??= Blank(s[q + 1]);
                    }
                    break;
                case "TD5": routing ??= Blank(s[5]) ?? Blank(s[12]) ?? Blank(s[3]); break;
                case "N1": party = new PurchaseOrderParty(s[1], s[2], Blank(s[4]), null, null, null, null, null, null, null); break;
                case "N2": if (party is not null) party = party with { Name2 = Blank(s[1]) }; break;
                case "N3": if (party is not null) party = party.Line1 is null ? party with { Line1 = Blank(s[1]), Line2 = Blank(s[2]) } : party with { Line2 = Blank(s[1]) }; break;
                case "N4":
                    if (party is not null) party = party with { City = Blank(s[1]), State = Blank(s[2]), PostalCode = Blank(s[3]), Country = Blank(s[4]) };
                    break;
                case "PO1": lines.Add(Line(s, lines.Count + 1, errors)); break;
                case "PID":
                    if (lines.Count > 0 && lines[^1].Description is null) lines[^1] = lines[^1] with { Description = Blank(s[5]) };
                    break;
                case "CTT":
                    if (int.TryParse(s[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n)) declared = n;
                    else errors.Add(Element(s, 1, "6", $"CTT01 {s[1]} is not a number of lines."));
                    break;
            }
        }
        if (party is not null) parties.TryAdd(party.Code, party);
        if (lines.Count == 0) errors.Add(new("PO1", set.Segments.Count, "3", null, null, "The 850 has no PO1 line.", "PO1"));
        var order = new PurchaseOrder(beg?[1] ?? "", beg?[2] ?? "", beg?[3] ?? "", beg is null ? null : Date(beg[5]), currency, refs,
            contact, email, phone, parties, routing, lines, declared);
        return (order, errors);
    }

    private static PurchaseOrderLine Line(X12Segment s, int index, List<X12SyntaxError> errors)
    {
        var quantity = 0;
        if (s[2].Length == 0) errors.Add(Element(s, 2, index, "1", $"PO1[{index}].PO102 (the quantity) is missing."));
        else if (!decimal.TryParse(s[2], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var q) || q != decimal.Truncate(q) || q < 1 || q > int.MaxValue)
            errors.Add(Element(s, 2, index, "6", $"PO1[{index}].PO102 {s[2]} is not a whole number of units."));
        else quantity = (int)q;
        decimal? price = null;
        if (s[4].Length > 0)
        {
            if (decimal.TryParse(s[4], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var p)) price = p;
            else errors.Add(Element(s, 4, index, "6", $"PO1[{index}].PO104 {s[4]} is not a price."));
        }
        var ids = new List<KeyValuePair<string, string>>();
        for (var q = 6; q + 1 <= s.Elements.Count; q += 2)
            if (s[q].Length > 0 && s[q + 1].Length > 0) ids.Add(new(s[q], s[q + 1]));
        if (ids.Count == 0) errors.Add(Element(s, 7, index, "1", $"PO1[{index}] names no product id (PO106/PO107)."));
        return new PurchaseOrderLine(index, s[1].Length > 0 ? s[1] : index.ToString(CultureInfo.InvariantCulture), quantity,
            s[3].Length > 0 ? s[3] : "EA", price, ids, null);
    }

    private static X12SyntaxError Element(X12Segment s, int element, string code, string message)
        => new(s.Id, s.Position, "8", element, code, message, $"{s.Id}{element:00}");

    /// <summary>An error in the n-th PO1 line, named <c>PO1[n].PO1xx</c>.</summary>
    private static X12SyntaxError Element(X12Segment s, int element, int line, string code, string message)
        => new(s.Id, s.Position, "8", element, code, message, $"PO1[{line}].PO1{element:00}");

    private static DateOnly? Date(string s)
        => DateOnly.TryParseExact(s, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static string? Blank(string s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
