namespace Oms.Server.Features.Returns.Customer;

/// <summary>One order line: how many units may still come back, or in words why none may.</summary>
public sealed record CustomerReturnableLine(int LineNumber, string Sku, int Quantity, int Returnable, string? NotReturnableBecause);
