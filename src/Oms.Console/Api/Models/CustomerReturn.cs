namespace Oms.Ui.Api.Models;

/// <summary>A return on the customer's page: its progress in words and what was refunded.</summary>
public sealed record CustomerReturn(string Number, string Status, string StatusText, string Reason, DateTime CreatedAt,
    IReadOnlyList<CustomerReturnLine> Lines, string Currency, decimal? RefundDue, decimal RefundedTotal, string? TrackingUrl, string? LabelUrl);
