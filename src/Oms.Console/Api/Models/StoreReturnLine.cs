namespace Oms.Ui.Api.Models;

/// <summary>A return line: units expected, received, still outstanding.</summary>
public sealed record StoreReturnLine(Guid Id, int LineNumber, string Sku, int Quantity, int ReceivedQuantity, int OutstandingQuantity);
