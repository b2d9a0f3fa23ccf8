using Oms.Domain.Orders;

namespace Oms.Server.Core.Contracts;

public sealed record OrderResponse(
    Guid Id,
    string Number,
    string Channel,
    string ChannelOrderId,
    OrderType Type,
    OrderStatus Status,
    string Currency,
    CustomerResponse? Customer,
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
    PaymentBalance? Balance = null,
    DateTime? ReleaseAfter = null,
    OrderReturnState ReturnState = OrderReturnState.None)
{
    public static OrderResponse From(Order o) => new(
        o.Id, o.Number, o.ChannelCode, o.ChannelOrderId, o.Type, o.Status, o.Currency,
        CustomerResponse.Of(o),
        AddressResponse.From(o.ShippingAddress), AddressResponse.From(o.BillingAddress), o.SellingLocationCode,
        new TotalsResponse(o.Subtotal.Amount, o.TaxTotal.Amount, o.ShippingCharge, o.Total.Amount),
        o.EnteredBy, o.CreatedAt, o.UpdatedAt, o.Version,
        [.. o.Lines.OrderBy(l => l.LineNumber).Select(l => new OrderLineResponse(
            l.Id, l.LineNumber, l.Sku, l.Quantity, l.UnitPrice, l.Discount, l.Tax, l.Total, l.DeliveryMethod,
            l.PickupLocationCode, AddressResponse.From(l.ShippingAddress), l.Status, l.LocationCode, l.FulfilmentOrderId,
            l.ShipmentId, l.PickupExpiresAt, l.CancelReason, l.RejectedLocations, l.ExpectedReceiptId, l.PromisedFor, l.ExceptionReason,
            l.ReturnedQuantity, l.RefundedQuantity, l.RefundedAmount, l.ChannelLineId))],
        [.. o.FulfilmentOrders.Select(f => FulfilmentOrderResponse.From(o, f))],
        [.. o.Shipments.Select(s => ShipmentResponse.From(o, s))],
        [.. o.Timeline.OrderBy(t => t.Sequence)
            .Select(t => new TimelineEntryResponse(t.Sequence, t.At, t.Type, t.Actor, t.Message, t.LineId, t.SubjectId))],
        o.WorkflowId, [.. o.Holds.OrderBy(h => h.PlacedAt).Select(HoldResponse.From)],
        [.. o.Payments.OrderBy(p => p.Sequence).Select(PaymentResponse.From)], o.Balance, o.ReleaseAfter, o.ReturnState);
}
