using Oms.Domain.Returns;
using Oms.Server.Features.Returns.Exchanges;

namespace Oms.Server.Features.Returns;

/// <summary>A return order with its lines, the units received so far, the refunds paid and its own timeline.</summary>
public sealed record ReturnResponse(
    Guid Id,
    string Number,
    Guid OrderId,
    string OrderNumber,
    ReturnKind Kind,
    ReturnStatus Status,
    string Reason,
    ReturnMethod Method,
    string? ExpectedLocation,
    string Currency,
    string? Note,
    string? ApprovalReasons,
    string? DecidedBy,
    string? DecisionNote,
    decimal? RefundDue,
    string? RefundDueExplanation,
    decimal RefundedTotal,
    string CreatedBy,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    IReadOnlyList<ReturnLineResponse> Lines,
    IReadOnlyList<ReturnReceiptResponse> Receipts,
    IReadOnlyList<ReturnTimelineEntryResponse> Timeline,
    bool RefundBeforeReceipt = false,
    RefundRoute? RefundTo = null,
    decimal Goodwill = 0m,
    string? RefundBlockedReason = null,
    IReadOnlyList<ReturnRefundResponse>? Refunds = null,
    ExchangeResponse? Exchange = null,
    ReturnShippingResponse? Shipping = null)
{
    public static ReturnResponse From(ReturnOrder r) => new(r.Id, r.Number, r.OrderId, r.OrderNumber, r.Kind, r.Status, r.ReasonCode,
        r.Method, r.ExpectedLocationCode, r.Currency, r.Note, r.ApprovalReasons, r.DecidedBy, r.DecisionNote, r.RefundDue,
        r.RefundDueExplanation, r.RefundedTotal, r.CreatedBy,
        r.CreatedAt, r.UpdatedAt,
        [.. r.Lines.OrderBy(l => l.LineNumber).Select(ReturnLineResponse.From)],
        [.. r.Receipts.OrderBy(x => x.Sequence).Select(ReturnReceiptResponse.From)],
        [.. r.Timeline.OrderBy(t => t.Sequence).Select(t => new ReturnTimelineEntryResponse(t.Sequence, t.At, t.Type, t.Actor, t.Message,
            t.ReturnLineId))],
        r.RefundBeforeReceipt, r.RefundRoute, r.GoodwillAmount, r.RefundBlockedReason,
        [.. r.Refunds.OrderBy(x => x.Sequence).Select(ReturnRefundResponse.From)],
        ExchangeResponse.From(r),
        ReturnShippingResponse.From(r));
}
