using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Network;

/// <summary>
/// A product as <c>PUT /api/products/{sku}</c> and product imports send it. The whole record is replaced, except
/// <c>active</c>: left out, a new product is active and an existing one keeps its state.
/// </summary>
[RequiredFields("name", "listPrice", "currency")]
public sealed record ProductRequest(string? Sku, string? Name, decimal? ListPrice, string? Currency, bool? Active = null,
    string? Category = null);
