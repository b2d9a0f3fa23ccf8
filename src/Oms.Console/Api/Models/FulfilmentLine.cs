namespace Oms.Ui.Api.Models;

/// <summary>A line of a fulfilment order.</summary>
public sealed record FulfilmentLine(Guid LineId, int LineNumber, string Sku, int Quantity, string Status);
