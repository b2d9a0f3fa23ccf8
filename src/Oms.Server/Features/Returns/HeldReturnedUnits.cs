using Oms.Domain.Inventory;
using Oms.Domain.Returns;
using Oms.Server.Core.Commands;

namespace Oms.Server.Features.Returns;

/// <summary>Units received for inspection or for the vendor become held (unsellable) stock at the receiving location.</summary>
internal static class HeldReturnedUnits
{
    /// <summary>Holds the units of the receipts a command added (those after the first <paramref name="receiptsBefore"/>).</summary>
    public static void Hold(CommandContext ctx, ReturnOrder ret, int receiptsBefore)
    {
        foreach (var receipt in ret.Receipts.Skip(receiptsBefore).Where(ReturnOrder.IsHeld))
            ctx.Db.HeldStock.Add(HeldStock.ForReturn(ret, receipt, ctx.Now));
    }
}
