using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Returns.Exchanges;

/// <summary>An item that goes out instead of the returned units.</summary>
/// <param name="Sku">The replacement product (another size, another colour, another item).</param>
/// <param name="Quantity">Units, at least 1.</param>
/// <param name="UnitPrice">What one unit costs, in the order's currency; default the product's list price (which must be in the
/// order's currency).</param>
[RequiredFields("sku", "quantity")]
public sealed record ReplacementRequest(string? Sku, int? Quantity, decimal? UnitPrice = null);
