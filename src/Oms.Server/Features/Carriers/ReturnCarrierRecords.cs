using Microsoft.EntityFrameworkCore;
using Oms.Carriers;
using Oms.Domain.Common;
using Oms.Domain.Returns;
using Oms.Server.Core.Commands;

namespace Oms.Server.Features.Carriers;

/// <summary>
/// What the carrier answered, written on the return in a command of its own (the return's version guards it). A label
/// or collection recorded meanwhile by another node wins: the later answer is not recorded twice.
/// </summary>
internal static class ReturnCarrierRecords
{
    public static readonly Actor Actor = new("system", "return-shipping");

    public static Task LabelAsync(CommandBus bus, Guid returnId, string carrier, CreatedLabel label, CancellationToken ct)
        => OnReturnAsync(bus, returnId, (r, now) =>
        {
            if (!r.HasLabel)
                r.RecordLabel(carrier, label.TrackingNumber, label.TrackingUrl?.AbsoluteUri, label.Label.Url?.AbsoluteUri,
                    label.CarrierShipmentId, $"{label.Service} ({label.Carrier})", now, Actor);
        }, ct);

    public static Task CollectionAsync(CommandBus bus, Guid returnId, string carrier, CollectionConfirmation booked, CancellationToken ct)
        => OnReturnAsync(bus, returnId, (r, now) =>
        {
            if (!r.HasCollection) r.RecordCollection(carrier, booked.CollectionId, booked.WindowStartUtc, booked.WindowEndUtc, now, Actor);
        }, ct);

    public static Task FailureAsync(CommandBus bus, Guid returnId, string? carrier, string reason, CancellationToken ct)
        => OnReturnAsync(bus, returnId, (r, now) => r.RecordLabelFailure(carrier, reason, now, Actor), ct);

    private static async Task OnReturnAsync(CommandBus bus, Guid returnId, Action<ReturnOrder, DateTime> change, CancellationToken ct)
        => await bus.RunAsync(Actor, async (ctx, token) =>
        {
            var ret = await ctx.Db.ReturnOrders.Include(r => r.Lines).Include(r => r.Timeline).AsSplitQuery()
                .FirstOrDefaultAsync(r => r.Id == returnId, token) ?? throw new NotFoundException("Return order", returnId.ToString());
            change(ret, ctx.Now);
            return true;
        }, ct);
}
