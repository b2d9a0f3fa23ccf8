namespace Oms.Ui.Api.Models;

/// <summary>Goods on their way to a location (GET /api/expected-receipts).</summary>
public sealed record ExpectedReceipt(Guid Id, string Location, string Sku, int Quantity, int Promised, DateTime ExpectedAt, string Reference,
    string Status, DateTime? ReceivedAt, int? ReceivedQuantity);
