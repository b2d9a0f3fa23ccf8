namespace Oms.Ui.Components.OrderEntry;

/// <summary>
/// The call centre is a sales channel, and a channel prices its orders: the OMS takes unit prices, tax and the shipping charge
/// as the channel sends them. The call centre sells at the catalogue's list price (before tax), charges Dutch VAT per line and
/// a flat shipping charge when anything is shipped to an address; pickups ship free. The OMS's totals of the captured order
/// are the same sums.
/// </summary>
public static class EntryPricing
{
    public const decimal VatRate = 0.21m;
    public const decimal ShippingCharge = 4.95m;

    public static decimal Tax(decimal net) => Math.Round(net * VatRate, 2, MidpointRounding.ToEven);

    public static decimal Shipping(IEnumerable<EntryLine> lines) => lines.Any(l => l.Method == EntryLine.Ship) ? ShippingCharge : 0m;

    public static (decimal Subtotal, decimal Tax, decimal Shipping, decimal Total) Totals(IReadOnlyCollection<EntryLine> lines)
    {
        var subtotal = lines.Sum(l => l.Net);
        var tax = lines.Sum(l => l.Tax);
        var shipping = Shipping(lines);
        return (subtotal, tax, shipping, subtotal + tax + shipping);
    }
}
