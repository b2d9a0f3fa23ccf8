using Microsoft.EntityFrameworkCore;
using Oms.Domain.Orders;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Configuration;
using Oms.Server.Core.Contracts;
using Oms.Server.Core.Sourcing;

namespace Oms.Server.Features.Sourcing;

internal sealed class ResolveShortfallHandler(LineSourcer sourcer) : ICommandHandler<ResolveShortfall, Order>
{
    public async Task<Order> HandleAsync(ResolveShortfall command, CommandContext ctx, CancellationToken ct)
    {
        var order = await ctx.OrderAsync(command.OrderId, ct);
        var row = await ctx.Db.Stock.AsNoTracking().FirstOrDefaultAsync(s => s.LocationCode == command.Location && s.Sku == command.Sku, ct);
        var shortBy = row is null ? 0 : row.Reserved - Math.Max(0, row.OnHand);
        var lines = order.Lines.Where(l => l.LocationCode == command.Location && l.Sku == command.Sku
                && l.Status is LineStatus.Allocated or LineStatus.Released)
            .OrderByDescending(l => l.Status == LineStatus.Allocated).ThenByDescending(l => l.LineNumber).ToList();
        foreach (var line in lines)
        {
            if (shortBy <= 0) break;
            var reason = $"{command.Location} has {row!.OnHand} on hand for {row.Reserved} promised";
            ctx.Apply(order, order.LoseStock(line.Id, reason, ctx.Now, ctx.Actor), $"line {line.LineNumber} lost its stock: {reason}");
            shortBy -= line.Quantity;
        }
        if (lines.Count > 0)
        {
            var channel = (await ReferenceCache.For(ctx.Db).GetAsync(ctx.Db, ct)).Channels[order.ChannelCode];
            await sourcer.SourceAsync(order, ctx, ct, channel.AcceptsBackorders);
        }
        return order;
    }
}
