namespace Oms.Server.Features.Connectors.Shopify;

/// <summary>
/// Turns a tax-inclusive Shopify line into the OMS's line (unit price before discount and the discount, both net, plus the
/// tax of the whole line), so that what the OMS charges equals what Shopify charged: the net unit price is rounded UP to
/// cents and the discount takes up the difference (a cent or two of rounding at most, never negative).
/// </summary>
internal static class ShopifyTax
{
    /// <param name="grossUnit">Shopify's <c>price</c> with tax.</param>
    /// <param name="grossDiscount">The line's discount allocations with tax.</param>
    /// <param name="tax">The line's <c>tax_lines</c> summed (the tax of the discounted line).</param>
    public static (decimal UnitPrice, decimal Discount) Net(decimal grossUnit, int quantity, decimal grossDiscount, decimal tax)
    {
        var paid = grossUnit * quantity - grossDiscount;
        var net = paid - tax;
        if (tax == 0m || net <= 0m) return (grossUnit, grossDiscount);
        var unit = ShopifyJson.CeilCents(grossUnit * net / paid);
        return (unit, unit * quantity - net);
    }
}
