namespace Oms.Ui.Api.Models;

/// <summary>One row of the order search.</summary>
public sealed record OrderSummary(Guid Id, string Number, string Channel, string ChannelOrderId, string Status, string? CustomerEmail,
    string? CustomerName, string? CustomerPhone, string Currency, decimal Total, int LineCount, DateTime CreatedAt);
