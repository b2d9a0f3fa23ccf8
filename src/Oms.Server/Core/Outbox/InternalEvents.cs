namespace Oms.Server.Core.Outbox;

/// <summary>Work items the OMS gives itself through the outbox; never published outside.</summary>
public static class InternalEvents
{
    /// <summary>An order has provider calls queued (subject: the order id).</summary>
    public const string SettlePayments = "oms.settle-payments";
    /// <summary>On-hand went up for these SKUs: serve their back-orders, oldest first (data: <see cref="SkusData"/>).</summary>
    public const string AllocateBackorders = "oms.allocate-backorders";
    /// <summary>A row has fewer units on hand than it has promised (data: <see cref="StockRowKey"/>): re-source lines that lost them.</summary>
    public const string ResolveShortfall = "oms.resolve-shortfall";
}

public sealed record SkusData(IReadOnlyList<string> Skus, Guid? ReceivedReceipt = null);

public sealed record StockRowKey(string Location, string Sku);
