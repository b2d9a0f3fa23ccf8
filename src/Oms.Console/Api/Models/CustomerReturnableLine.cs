namespace Oms.Ui.Api.Models;

/// <summary>Units of a line that may still come back, or why none may.</summary>
public sealed record CustomerReturnableLine(int LineNumber, string Sku, int Quantity, int Returnable, string? NotReturnableBecause);
