namespace Oms.Ui.Api.Models;

/// <summary>What the customer may return now (POST /api/order-status/returns/options).</summary>
public sealed record CustomerReturnOptions(string Number, IReadOnlyList<CustomerReturnableLine> Lines, IReadOnlyList<CustomerReturnReason> Reasons);
