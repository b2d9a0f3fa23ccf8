using Oms.Domain.Returns;

namespace Oms.Server.Features.Tracking;

/// <summary>
/// A return the customer (or customer service) started on the order: its progress in plain words and the money refunded so
/// far. Only what the customer already knows or is owed; no notes or decisions of staff.
/// </summary>
public sealed record OrderStatusReturn(string Number, ReturnStatus Status, string StatusText, string Reason, DateTime CreatedAt,
    IReadOnlyList<OrderStatusReturnLine> Lines, string Currency, decimal? RefundDue, decimal RefundedTotal, string? TrackingUrl,
    string? LabelUrl);
