namespace Oms.Ui.Api.Models;

/// <summary>A catalogue product (GET /api/products).</summary>
public sealed record Product(string Sku, string Name, decimal ListPrice, string Currency, bool Active, string? Category);
