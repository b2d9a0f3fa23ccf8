namespace Oms.Server.Features.Notifications.Model;

/// <summary>One order line; <see cref="Total"/> is after discount and with tax.</summary>
public sealed record LineModel(
    int Number,
    string Sku,
    string ProductName,
    int Quantity,
    decimal UnitPrice,
    decimal Discount,
    decimal Tax,
    decimal Total,
    string Status,
    string DeliveryMethod);
