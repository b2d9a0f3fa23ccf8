using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Inventory;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Contracts;
using Oms.Server.Core.Outbox;
using Oms.Server.Core.Stock;

namespace Oms.Server.Features.Inventory;

internal sealed class ReceiveReceiptHandler : ICommandHandler<ReceiveReceipt, ExpectedReceipt>
{
    public async Task<ExpectedReceipt> HandleAsync(ReceiveReceipt c, CommandContext ctx, CancellationToken ct)
    {
        if (c.Quantity is < 0 or > Limits.StockQuantity)
            throw new BusinessRuleException("quantity", $"quantity must be between 0 and {Limits.StockQuantity}.");
        var r = await ctx.Db.ExpectedReceipts.FirstOrDefaultAsync(x => x.Id == c.ReceiptId, ct)
            ?? throw new NotFoundException("Expected receipt", c.ReceiptId.ToString());
        if (!ctx.Access.CanSeeLocation(r.LocationCode)) throw new NotFoundException("Expected receipt", c.ReceiptId.ToString());
        r.Receive(c.Quantity, ctx.Now);
        if (r.ReceivedQuantity > 0)
        {
            ctx.Stock.Receive(r.LocationCode, r.Sku, r.ReceivedQuantity.Value,
                new StockSource(StockMovementSource.Receipt, r.Reference, "received"));
            // Orders promised against these goods are served before other back-orders.
            ctx.Raise(new PendingEvent(InternalEvents.AllocateBackorders, null, null, new SkusData([r.Sku], r.Id), true));
        }
        return r;
    }
}
