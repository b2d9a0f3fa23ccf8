using Oms.Domain.Returns;

namespace Oms.Server.Features.Returns;

/// <summary>One order line's units on a return: expected, received (any disposition), received as the goods, refunded.</summary>
public sealed record ReturnLineResponse(
    Guid Id,
    int LineNumber,
    Guid OrderLineId,
    string Sku,
    int Quantity,
    int ReceivedQuantity,
    int GoodsReceivedQuantity,
    int OutstandingQuantity,
    decimal UnitRefundBasis,
    int RefundedQuantity,
    decimal RefundedAmount,
    string? ReplacementSku)
{
    public static ReturnLineResponse From(ReturnLine l) => new(l.Id, l.LineNumber, l.OrderLineId, l.Sku, l.Quantity, l.ReceivedQuantity,
        l.GoodsReceivedQuantity, l.OutstandingQuantity, l.UnitRefundBasis, l.RefundedQuantity, l.RefundedAmount, l.ReplacementSku);
}
