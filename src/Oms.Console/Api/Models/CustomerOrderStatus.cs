namespace Oms.Ui.Api.Models;

/// <summary>What the customer's page shows (POST /api/order-status).</summary>
public sealed record CustomerOrderStatus(string Number, string Status, string StatusText, DateTime PlacedAt,
    IReadOnlyList<CustomerOrderLine> Lines, IReadOnlyList<CustomerShipment> Shipments, IReadOnlyList<CustomerPickup> Pickups,
    IReadOnlyList<CustomerReturn>? Returns = null);
