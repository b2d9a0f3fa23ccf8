using Oms.Domain.Common;

namespace Oms.Domain.Catalog;

/// <summary>A sellable item, identified by its SKU. Prices come with each order from the channel.</summary>
public sealed class Product
{
    private Product() { Sku = null!; Name = null!; Currency = null!; }

    public Product(string sku, string name, decimal listPrice, string currency)
    {
        Sku = Guard.NotEmpty(sku, "sku");
        Name = Guard.NotEmpty(name, "name");
        ListPrice = Guard.NotNegative(listPrice, "listPrice");
        Currency = CurrencyCode.Normalize(currency);
    }

    public string Sku { get; private set; }
    public string Name { get; private set; }
    public decimal ListPrice { get; private set; }
    public string Currency { get; private set; }
    public bool Active { get; private set; } = true;
}
