using Oms.Domain.Common;
using Oms.Domain.Inventory;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Contracts;
using Oms.Server.Core.Stock;

namespace Oms.Server.Features.Inventory;

/// <summary>A relative correction of on-hand with its reason; refused when it would take on-hand below zero.</summary>
internal sealed class AdjustStockHandler : ICommandHandler<AdjustStock, int>
{
    public async Task<int> HandleAsync(AdjustStock command, CommandContext ctx, CancellationToken ct)
    {
        if (command.Delta == 0 || Math.Abs((long)command.Delta) > Limits.StockQuantity)
            throw new BusinessRuleException("delta", $"delta must not be zero and at most {Limits.StockQuantity} either way.");
        ctx.Access.RequireLocation(command.Location);
        await StockReferences.EnsureAsync(ctx.Db, command.Location, [command.Sku], ct);
        ctx.Stock.Adjust(command.Location, command.Sku, command.Delta,
            new StockSource(StockMovementSource.Adjustment, null, StockReferences.Reason(command.Reason) ?? "adjusted"));
        return 1;
    }
}
