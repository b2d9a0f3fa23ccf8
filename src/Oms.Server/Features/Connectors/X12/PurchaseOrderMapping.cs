using Oms.Server.Core.Contracts;
using Oms.Server.Core.Inbox;

namespace Oms.Server.Features.Connectors.X12;

/// <summary>
/// An 850 as the OMS's capture request: channel order id = BEG03, one line per PO1 (ChannelLineId = PO101), the SKU from
/// the product ids through the connector's SKU map (VP and SK are the OMS's own SKUs when not mapped; BP, UP and other
/// qualifiers must be mapped), the ship-to (N1*ST) as the shipping address, the bill-to (N1*BT) as the billing address,
/// the buyer (BY, else BT, else ST) as the customer, and TD5's routing as the delivery method through the mapping.
/// Prices are net (B2B): no tax is added.
/// </summary>
public static class PurchaseOrderMapping
{
    /// <summary>The order in which product id qualifiers are tried.</summary>
    private static readonly string[] Preference = ["VP", "SK", "BP", "UP", "IN", "EN", "MG"];

    public static CaptureOrderRequest ToCapture(PurchaseOrder po, ConnectorRuntime connector, X12Settings settings)
    {
        ArgumentNullException.ThrowIfNull(po);
        ArgumentNullException.ThrowIfNull(connector);
        ArgumentNullException.ThrowIfNull(settings);
        if (!po.Parties.TryGetValue("ST", out var shipTo)) throw new InboundRejectedException("N1*ST", "The 850 has no ship-to party (N1*ST).");
        if (po.DeclaredLineCount is { } declared && declared != po.Lines.Count)
            throw new InboundRejectedException("CTT01", $"CTT01 says {declared} lines; the 850 has {po.Lines.Count} PO1 lines.");
        var delivery = connector.Mapping.Delivery(po.Routing);
        var lines = po.Lines.Select(l => (OrderLineRequest?)Line(l, connector.Mapping, delivery)).ToList();
        var buyer = po.Parties.GetValueOrDefault("BY") ?? po.Parties.GetValueOrDefault("BT") ?? shipTo;
        var customer = new CustomerRequest(po.Email ?? settings.CustomerEmail, po.ContactName ?? buyer.Name, po.Phone);
        return new CaptureOrderRequest(connector.Channel, po.Number, null, po.Currency, customer, Address(shipTo, settings, po.Phone),
            po.Parties.TryGetValue("BT", out var billTo) ? Address(billTo, settings, null) : null, null, null, lines);
    }

    private static OrderLineRequest Line(PurchaseOrderLine line, ConnectorMapping mapping, Oms.Domain.Orders.DeliveryMethod delivery)
    {
        var field = $"PO1[{line.Index}]";
        if (!string.Equals(line.Unit, "EA", StringComparison.Ordinal))
            throw new InboundRejectedException($"{field}.PO103", $"Unit {line.Unit} is not sold: order in eaches (EA).");
        if (line.UnitPrice is not { } price) throw new InboundRejectedException($"{field}.PO104", "The line has no unit price (PO104).");
        return new OrderLineRequest(Sku(line, mapping, field), line.Quantity, price, 0m, 0m, null, delivery, null, null, line.LineNumber);
    }

    /// <summary>The first product id the mapping knows, else the vendor part or SKU as sent; else the line is refused.</summary>
    private static string Sku(PurchaseOrderLine line, ConnectorMapping mapping, string field)
    {
        var ranked = line.ProductIds.OrderBy(p => Array.IndexOf(Preference, p.Key) is var i && i < 0 ? Preference.Length : i).ToList();
        foreach (var (_, id) in ranked)
            if (mapping.Skus is not null && mapping.Skus.TryGetValue(id, out var sku)) return sku;
        foreach (var (qualifier, id) in ranked)
            if (qualifier is "VP" or "SK") return id;
        var first = ranked[0];
        var position = 6 + 2 * line.ProductIds.ToList().IndexOf(first) + 1;
        throw new InboundRejectedException($"{field}.PO1{position:00}",
            $"Product {first.Key} {first.Value} is not mapped to an OMS SKU (add it to the connector's mapping.skus).");
    }

    private static AddressRequest Address(PurchaseOrderParty p, X12Settings settings, string? phone)
        => new(p.Name2 is null ? p.Name : $"{p.Name}, {p.Name2}", p.Line1, p.Line2, p.PostalCode, p.City, p.Country ?? settings.Country, phone);
}
