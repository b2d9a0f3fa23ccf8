using Oms.Domain.Inventory;

namespace Oms.Server.Features.Inventory;

public sealed record ExpectedReceiptResponse(Guid Id, string Location, string Sku, int Quantity, int Promised, DateTime ExpectedAt,
    string Reference, ReceiptStatus Status, DateTime? ReceivedAt, int? ReceivedQuantity)
{
    public static ExpectedReceiptResponse From(ExpectedReceipt r) => new(r.Id, r.LocationCode, r.Sku, r.Quantity, r.Promised, r.ExpectedAt,
        r.Reference, r.Status, r.ReceivedAt, r.ReceivedQuantity);
}
