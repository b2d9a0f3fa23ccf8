using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Inventory;

[RequiredFields("location", "sku", "quantity", "expectedAt")]
public sealed record ExpectedReceiptRequest(string? Location, string? Sku, int? Quantity, DateTime? ExpectedAt, string? Reference);
