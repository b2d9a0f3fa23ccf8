using Oms.Persistence;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Workflows;

namespace Oms.Server.Features.Orders.Capture;

/// <summary>
/// Everything a capture reads from the database before it decides, in one round trip: the Idempotency-Key's record, an
/// order already captured under the channel order id, which SKUs are sold, the customer by e-mail, and the fraud history
/// of the e-mail and shipping postcode. Reference data and configuration come from the reference cache; the stock of the
/// SKUs is read when the order reaches sourcing (after its payment authorisation, for a paid order).
/// </summary>
internal sealed class CaptureReads
{
    public (string RequestHash, Guid OrderId)? Idempotent { get; private set; }
    public (Guid Id, string Number, string RequestHash)? Existing { get; private set; }
    public HashSet<string> ActiveSkus { get; } = new(StringComparer.Ordinal);
    public (Guid Id, string Name, string? Phone)? Customer { get; private set; }
    public FraudHistory? Fraud { get; private set; }

    /// <param name="fraudSince">Since when the fraud rules look back; null: no fraud history is read.</param>
    public static async Task<CaptureReads> ReadAsync(OmsDbContext db, string? key, string channel, string channelOrderId,
        IReadOnlyCollection<string> skus, string? email, string? postcode, DateTime? fraudSince, CancellationToken ct)
    {
        var reads = new CaptureReads();
        var batch = new ReadBatch(db);
        if (key is not null)
        {
            batch.Add($"""SELECT "RequestHash", "ResourceId" FROM "IdempotencyRecords" WHERE "Key" = {batch.Param(key)}""",
                r => reads.Idempotent = (r.String(0), r.Guid(1)));
        }
        batch.Add($"""
            SELECT "Id", "Number", "RequestHash" FROM "Orders" WHERE "ChannelCode" = {batch.Param(channel)} AND "ChannelOrderId" = {batch.Param(channelOrderId)}
            """, r => reads.Existing = (r.Guid(0), r.String(1), r.String(2)));
        batch.Add($"""SELECT "Sku" FROM "Products" WHERE "Sku" IN ({batch.In(skus)}) AND "Active" """, r => reads.ActiveSkus.Add(r.String(0)));
        if (email is not null)
        {
            batch.Add($"""SELECT "Id", "Name", "Phone" FROM "Customers" WHERE "Email" = {batch.Param(email)}""",
                r => reads.Customer = (r.Guid(0), r.String(1), r.NullableString(2)));
        }
        if (fraudSince is { } since) reads.Fraud = FraudHistory.Read(batch, email, postcode, since, Guid.Empty);
        await batch.RunAsync(ct);
        return reads;
    }
}
