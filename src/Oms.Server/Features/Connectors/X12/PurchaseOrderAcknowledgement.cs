using System.Globalization;

namespace Oms.Server.Features.Connectors.X12;

/// <summary>
/// The 855 for one PO: BAK (purpose 00, AD accepted as ordered or RD rejected, the PO number and date, the OMS order
/// number in BAK08, today in BAK09), each PO1 line echoed with an ACK (IA accepted or IR rejected, with the quantity), and
/// CTT. A cancellation by the OMS after acceptance is an 855 too: BAK01 01 (cancellation, RD) when the whole order was
/// cancelled, else BAK01 04 (change, AC) with ACK IR for the cancelled quantities.
/// </summary>
public static class PurchaseOrderAcknowledgement
{
    public static List<string[]> Build(PurchaseOrder po, bool accepted, string? orderNumber, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(po);
        var body = new List<string[]>
        {
            new[] { "BAK", "00", accepted ? "AD" : "RD", po.Number, Date(po.Date, now), "", "", "", orderNumber ?? "", Date(null, now) },
        };
        foreach (var line in po.Lines)
        {
            body.Add(Po1(line));
            body.Add(["ACK", accepted ? "IA" : "IR", Qty(line.Quantity), line.Unit]);
        }
        body.Add(["CTT", po.Lines.Count.ToString(CultureInfo.InvariantCulture)]);
        return body;
    }

    /// <summary>The OMS cancelled lines (or the order): the PO number and the cancelled lines with their quantities.</summary>
    public static List<string[]> Cancellation(string poNumber, string orderNumber, bool wholeOrder, IReadOnlyList<NoticeLine> lines,
        DateTime now)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var body = new List<string[]>
        {
            new[] { "BAK", wholeOrder ? "01" : "04", wholeOrder ? "RD" : "AC", poNumber, Date(null, now), "", "", "", orderNumber, Date(null, now) },
        };
        foreach (var line in lines)
        {
            body.Add(["PO1", line.ChannelLineId ?? "", Qty(line.Quantity), "EA", "", "", "VP", line.ChannelSku]);
            body.Add(["ACK", "IR", Qty(line.Quantity), "EA"]);
        }
        body.Add(["CTT", lines.Count.ToString(CultureInfo.InvariantCulture)]);
        return body;
    }

    private static string[] Po1(PurchaseOrderLine line)
    {
        var po1 = new List<string> { "PO1", line.LineNumber, Qty(line.Quantity), line.Unit,
            line.UnitPrice?.ToString(CultureInfo.InvariantCulture) ?? "", "" };
        foreach (var (qualifier, id) in line.ProductIds) po1.AddRange([qualifier, id]);
        return [.. po1];
    }

    private static string Qty(int q) => q.ToString(CultureInfo.InvariantCulture);

    private static string Date(DateOnly? d, DateTime now)
        => (d ?? DateOnly.FromDateTime(now)).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
