namespace Oms.Ui.Api.Models;

/// <summary>A return of the order with its refund so far (GET /api/orders/{number}/returns).</summary>
public sealed record ReturnOrder(Guid Id, string Number, string Kind, string Status, string Reason, string Method, decimal? RefundDue,
    decimal RefundedTotal, DateTime CreatedAt, string? RefundBlockedReason);
