namespace Oms.Ui.Api.Models;

/// <summary>The return the customer just started (POST /api/order-status/returns).</summary>
public sealed record CustomerReturnStarted(string Number, string OrderNumber, string Status, string? TrackingUrl, string? LabelUrl);
