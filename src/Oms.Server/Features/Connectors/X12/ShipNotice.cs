using System.Globalization;

namespace Oms.Server.Features.Connectors.X12;

/// <summary>
/// The 856 for one parcel, in the pick-and-pack-free SOI structure: BSN (the tracking number as shipment id, date and
/// time), HL shipment (TD5 carrier, REF CN tracking number, DTM 011 shipped), HL order (PRF with the PO number), one HL
/// item per line (LIN with PO101 and the vendor part, SN1 with the quantity shipped), and CTT with the HL count.
/// </summary>
public static class ShipNotice
{
    public static List<string[]> Build(ShipmentNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var at = notice.ShippedAt;
        var body = new List<string[]>
        {
            new[] { "BSN", "00", Clip(notice.TrackingNumber, 30), Date(at), at.ToString("HHmm", CultureInfo.InvariantCulture) },
            new[] { "HL", "1", "", "S" },
            new[] { "TD5", "B", "2", Clip(notice.Carrier, 35) },
            new[] { "REF", "CN", Clip(notice.TrackingNumber, 30) },
            new[] { "DTM", "011", Date(at) },
            new[] { "HL", "2", "1", "O" },
            new[] { "PRF", notice.ChannelOrderId, "", "", "" },
            new[] { "REF", "VN", notice.OrderNumber },
        };
        var hl = 2;
        foreach (var line in notice.Lines)
        {
            hl++;
            body.Add(["HL", hl.ToString(CultureInfo.InvariantCulture), "2", "I"]);
            body.Add(["LIN", line.ChannelLineId ?? "", "VP", line.ChannelSku]);
            body.Add(["SN1", "", line.Quantity.ToString(CultureInfo.InvariantCulture), "EA"]);
        }
        body.Add(["CTT", hl.ToString(CultureInfo.InvariantCulture)]);
        return body;
    }

    private static string Date(DateTime t) => t.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static string Clip(string s, int max) => s.Length <= max ? s : s[..max];
}
