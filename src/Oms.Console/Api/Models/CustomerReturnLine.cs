namespace Oms.Ui.Api.Models;

/// <summary>Units of an order line in a return, and how many came in.</summary>
public sealed record CustomerReturnLine(int LineNumber, string Sku, int Quantity, int Received);
