using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Inventory;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Inventory;

internal sealed class CancelReceiptHandler : ICommandHandler<CancelReceipt, ExpectedReceipt>
{
    public async Task<ExpectedReceipt> HandleAsync(CancelReceipt c, CommandContext ctx, CancellationToken ct)
    {
        var r = await ctx.Db.ExpectedReceipts.FirstOrDefaultAsync(x => x.Id == c.ReceiptId, ct)
            ?? throw new NotFoundException("Expected receipt", c.ReceiptId.ToString());
        if (!ctx.Access.CanSeeLocation(r.LocationCode)) throw new NotFoundException("Expected receipt", c.ReceiptId.ToString());
        r.Cancel();
        return r;
    }
}
