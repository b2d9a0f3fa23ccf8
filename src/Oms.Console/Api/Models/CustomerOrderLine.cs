namespace Oms.Ui.Api.Models;

/// <summary>A line as the customer sees it.</summary>
public sealed record CustomerOrderLine(int LineNumber, string Sku, int Quantity, string Status, string StatusText);
