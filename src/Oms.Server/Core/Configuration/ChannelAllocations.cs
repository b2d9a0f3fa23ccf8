using Oms.Domain.Inventory;
using Oms.Persistence;

namespace Oms.Server.Core.Configuration;

public static class ChannelAllocations
{
    public const string Kind = "channel-allocation";

    /// <summary>The active allocation of a channel; unrestricted when it has none.</summary>
    public static async Task<ChannelAllocation> AllocationAsync(this OmsDbContext db, string channel, CancellationToken ct)
        => (await ReferenceCache.For(db).GetAsync(db, ct)).Active(Kind, channel) is { } v
            ? ReferenceSnapshot.ParsedOnce(v, x => ChannelAllocation.Parse(x.Document))
            : ChannelAllocation.Unrestricted;
}
