namespace Oms.Ui.Api.Models;

/// <summary>A return as the approval queue shows it (GET /api/returns?status=awaitingApproval).</summary>
public sealed record ReturnForApproval(Guid Id, string Number, string OrderNumber, string Kind, string Status, string Reason, string Method,
    string Currency, string? ApprovalReasons, string? DecidedBy, string? DecisionNote, decimal? RefundDue, decimal RefundedTotal,
    DateTime CreatedAt, decimal Goodwill, bool RefundBeforeReceipt);
