namespace Oms.Ui.Api.Models;

/// <summary>An order as GET /api/orders/{number} returns it.</summary>
public sealed record Order(Guid Id, string Number, string Channel, string ChannelOrderId, string Type, string Status, string Currency,
    Customer? Customer, Address? ShippingAddress, string? SellingLocation, Totals Totals, string EnteredBy, DateTime CreatedAt,
    IReadOnlyList<OrderLine> Lines, IReadOnlyList<FulfilmentOrder> FulfilmentOrders, IReadOnlyList<Shipment> Shipments,
    IReadOnlyList<TimelineEntry> Timeline, IReadOnlyList<Hold>? Holds, IReadOnlyList<Payment>? Payments, string ReturnState);
