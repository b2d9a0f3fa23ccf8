using Oms.Domain.Catalog;
using Oms.Server.Core.Configuration;
using Oms.Persistence;

namespace Oms.Server.Features.Network;

/// <summary>
/// Creates or changes a sales channel from a validated request, with its audit entry. Runs inside the caller's transaction.
/// </summary>
public static class ChannelWriter
{
    public static async Task<Upserted<ChannelResponse>> UpsertAsync(OmsDbContext db, ChannelRequest r, ChangeContext change,
        CancellationToken ct)
    {
        var wanted = new Channel(r.Code!, r.Name!, r.Type!.Value, r.Currency!, r.AcceptsBackorders ?? true, r.AllowsAnonymousCustomer);
        var channel = await db.Channels.FindAsync([wanted.Code], ct);
        var before = channel is null ? null : ChannelResponse.From(channel);
        if (channel is null)
        {
            channel = wanted;
            db.Channels.Add(channel);
        }
        else
        {
            channel.Rename(wanted.Name);
            channel.Change(wanted.Type, wanted.Currency);
            channel.SetPolicies(wanted.AcceptsBackorders, wanted.AllowsAnonymousCustomer);
        }
        if (r.Enabled == true) channel.Enable();
        if (r.Enabled == false) channel.Disable();
        var after = ChannelResponse.From(channel);
        ReferenceDataAudit.Record(db, ReferenceDataAudit.Channel, channel.Code, before, after, change);
        await CacheStamps.BumpAsync(db, CacheStamps.ReferenceData, ct);
        return new(after, before is null);
    }
}
