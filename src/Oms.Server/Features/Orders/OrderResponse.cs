using Oms.Domain.Orders;
using Oms.Domain.Payments;
using Oms.Server.Features.Payments;

namespace Oms.Server.Features.Orders;

public sealed record OrderResponse(
    Guid Id,
    string Number,
    string Channel,
    string ChannelOrderId,
    OrderType Type,
    OrderStatus Status,
    string Currency,
    CustomerResponse Customer,
    AddressResponse? ShippingAddress,
    AddressResponse? BillingAddress,
    string? SellingLocation,
    TotalsResponse Totals,
    string EnteredBy,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    int Version,
    IReadOnlyList<OrderLineResponse> Lines,
    IReadOnlyList<FulfilmentOrderResponse> FulfilmentOrders,
    IReadOnlyList<ShipmentResponse> Shipments,
    IReadOnlyList<TimelineEntryResponse> Timeline,
    string? Workflow = null,
    IReadOnlyList<HoldResponse>? Holds = null,
    IReadOnlyList<PaymentResponse>? Payments = null,
    PaymentBalance? Balance = null)
{
    public static OrderResponse From(Order o) => new(
        o.Id, o.Number, o.ChannelCode, o.ChannelOrderId, o.Type, o.Status, o.Currency,
        new CustomerResponse(o.CustomerId, o.CustomerEmail, o.CustomerName, o.CustomerPhone),
        AddressResponse.From(o.ShippingAddress), AddressResponse.From(o.BillingAddress), o.SellingLocationCode,
        new TotalsResponse(o.Subtotal.Amount, o.TaxTotal.Amount, o.ShippingCharge, o.Total.Amount),
        o.EnteredBy, o.CreatedAt, o.UpdatedAt, o.Version,
        [.. o.Lines.OrderBy(l => l.LineNumber).Select(l => new OrderLineResponse(
            l.Id, l.LineNumber, l.Sku, l.Quantity, l.UnitPrice, l.Discount, l.Tax, l.Total, l.DeliveryMethod,
            l.PickupLocationCode, AddressResponse.From(l.ShippingAddress), l.Status, l.LocationCode, l.FulfilmentOrderId,
            l.ShipmentId, l.PickupExpiresAt, l.CancelReason, l.RejectedLocations, l.ExpectedReceiptId, l.PromisedFor))],
        [.. o.FulfilmentOrders.Select(f => FulfilmentOrderResponse.From(o, f))],
        [.. o.Shipments.Select(s => new ShipmentResponse(s.Id, s.FulfilmentOrderId, s.Carrier, s.TrackingNumber, s.ShippedAt, s.DeliveredAt,
            [.. o.Lines.Where(l => l.ShipmentId == s.Id).Select(l => l.Id)]))],
        [.. o.Timeline.OrderBy(t => t.Sequence).Select(t => new TimelineEntryResponse(t.Sequence, t.At, t.Type, t.Actor, t.Message, t.LineId))],
        o.WorkflowId, [.. o.Holds.OrderBy(h => h.PlacedAt).Select(HoldResponse.From)], [.. o.Payments.OrderBy(p => p.Sequence).Select(PaymentResponse.From)],
        o.Balance);
}

public sealed record CustomerResponse(Guid Id, string Email, string Name, string? Phone);

public sealed record TotalsResponse(decimal Subtotal, decimal Tax, decimal Shipping, decimal Total);

public sealed record OrderLineResponse(
    Guid Id, int LineNumber, string Sku, int Quantity, decimal UnitPrice, decimal Discount, decimal Tax, decimal Total,
    DeliveryMethod DeliveryMethod, string? PickupLocation, AddressResponse? ShippingAddress, LineStatus Status,
    string? FulfilmentLocation, Guid? FulfilmentOrderId, Guid? ShipmentId, DateTime? PickupExpiresAt, string? CancelReason,
    IReadOnlyList<string> RejectedBy, Guid? ExpectedReceiptId, DateTime? PromisedFor);

public sealed record FulfilmentOrderResponse(
    Guid Id, Guid OrderId, string OrderNumber, string Number, string Location, DeliveryMethod DeliveryMethod, string? TransferTo,
    FulfilmentOrderStatus Status, DateTime CreatedAt, DateTime? ReleasedAt, string? RejectReason, IReadOnlyList<FulfilmentLineResponse> Lines)
{
    public static FulfilmentOrderResponse From(Order o, FulfilmentOrder f) => new(
        f.Id, o.Id, o.Number, f.Number, f.LocationCode, f.DeliveryMethod, f.TransferTo, f.Status, f.CreatedAt, f.ReleasedAt, f.RejectReason,
        [.. o.Lines.Where(l => l.FulfilmentOrderId == f.Id).OrderBy(l => l.LineNumber)
            .Select(l => new FulfilmentLineResponse(l.Id, l.LineNumber, l.Sku, l.Quantity, l.Status))]);
}

public sealed record FulfilmentLineResponse(Guid LineId, int LineNumber, string Sku, int Quantity, LineStatus Status);

public sealed record ShipmentResponse(Guid Id, Guid FulfilmentOrderId, string Carrier, string TrackingNumber,
    DateTime ShippedAt, DateTime? DeliveredAt, IReadOnlyList<Guid> LineIds);

public sealed record TimelineEntryResponse(int Sequence, DateTime At, string Type, string Actor, string Message, Guid? LineId);

public sealed record OrderSummaryResponse(
    Guid Id, string Number, string Channel, string ChannelOrderId, OrderStatus Status, string CustomerEmail,
    string CustomerName, string? CustomerPhone, string Currency, decimal Total, int LineCount, DateTime CreatedAt)
{
    /// <summary>Needs the order's lines loaded, for the total.</summary>
    public static OrderSummaryResponse From(Order o) => new(o.Id, o.Number, o.ChannelCode, o.ChannelOrderId, o.Status, o.CustomerEmail,
        o.CustomerName, o.CustomerPhone, o.Currency, o.Total.Amount, o.Lines.Count, o.CreatedAt);
}

public sealed record PagedResponse<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);
