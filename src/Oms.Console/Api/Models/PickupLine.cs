namespace Oms.Ui.Api.Models;

/// <summary>An order line with where it is collected and until when.</summary>
public sealed record PickupLine(Guid Id, int LineNumber, string Sku, int Quantity, string DeliveryMethod, string? PickupLocation,
    string Status, Guid? FulfilmentOrderId, DateTime? PickupExpiresAt);
