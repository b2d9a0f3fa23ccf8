using Oms.Ui.Api.Models;

namespace Oms.Ui.Components.OrderEntry;

/// <summary>
/// A line of the order being entered: the product, how many, and how the customer gets it, with the live availability the
/// API reported when it was added (shipping: what the channel may sell in total; pickup: the nearest stores that can hand it over).
/// </summary>
public sealed class EntryLine(Product product)
{
    public const string Ship = "shipToAddress";
    public const string Pickup = "pickupInStore";

    public Product Product { get; } = product;
    public int Quantity { get; set; } = 1;
    public string Method { get; set; } = Ship;
    public string? Store { get; set; }

    /// <summary>What the call centre channel may sell now; null until the API answered.</summary>
    public int? ShipAvailable { get; set; }
    public IReadOnlyList<StockAtLocation> Stores { get; set; } = [];
    public string? AvailabilityProblem { get; set; }

    public decimal Net => Product.ListPrice * Quantity;
    public decimal Tax => EntryPricing.Tax(Net);
}
