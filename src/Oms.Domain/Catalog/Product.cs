using System.Diagnostics.CodeAnalysis;
using Oms.Domain.Common;

namespace Oms.Domain.Catalog;

/// <summary>
/// A sellable item, identified by its SKU. Prices come with each order from the channel; the list price is the
/// reference. Never deleted (orders refer to it); a product no longer sold is deactivated and capture refuses it.
/// </summary>
public sealed class Product
{
    public const int MaxCategoryLength = 100;

    private Product() { Sku = null!; Name = null!; Currency = null!; }

    public Product(string sku, string name, decimal listPrice, string currency, string? category = null)
    {
        Sku = ReferenceCode.Check(sku, "sku");
        Name = Guard.NotEmpty(name, "name");
        Reprice(listPrice, currency);
        Categorise(category);
    }

    public string Sku { get; private set; }
    public string Name { get; private set; }
    public decimal ListPrice { get; private set; }
    public string Currency { get; private set; }
    public bool Active { get; private set; } = true;
    /// <summary>The retailer's category code (e.g. <c>swimwear</c>), which rules such as return eligibility match on.</summary>
    public string? Category { get; private set; }

    public void Rename(string name) => Name = Guard.NotEmpty(name, "name");

    [MemberNotNull(nameof(Currency))]
    public void Reprice(decimal listPrice, string currency)
    {
        var price = Guard.NotNegative(listPrice, "listPrice");
        Currency = CurrencyCode.Normalize(currency);
        ListPrice = price;
    }

    public void Categorise(string? category)
    {
        var c = string.IsNullOrWhiteSpace(category) ? null : category.Trim();
        Category = c is { Length: > MaxCategoryLength }
            ? throw new BusinessRuleException("category", $"category must be at most {MaxCategoryLength} characters.")
            : c;
    }

    public void Activate() => Active = true;

    public void Deactivate() => Active = false;
}
