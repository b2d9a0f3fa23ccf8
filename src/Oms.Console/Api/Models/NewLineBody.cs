namespace Oms.Ui.Api.Models;

/// <summary>A line to add to an order (an amendment).</summary>
public sealed record NewLineBody(string Sku, int Quantity, decimal UnitPrice, decimal Tax, string DeliveryMethod, string? PickupLocation);
