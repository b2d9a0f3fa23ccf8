namespace Oms.Ui.Api.Models;

/// <summary>The order's money.</summary>
public sealed record Totals(decimal Subtotal, decimal Tax, decimal Shipping, decimal Total);
