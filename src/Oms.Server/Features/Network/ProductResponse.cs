using Oms.Domain.Catalog;

namespace Oms.Server.Features.Network;

public sealed record ProductResponse(string Sku, string Name, decimal ListPrice, string Currency, bool Active, string? Category)
{
    public static ProductResponse From(Product p) => new(p.Sku, p.Name, p.ListPrice, p.Currency, p.Active, p.Category);
}
