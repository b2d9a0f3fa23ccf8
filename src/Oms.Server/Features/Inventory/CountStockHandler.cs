using Oms.Domain.Common;
using Oms.Domain.Inventory;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Contracts;
using Oms.Server.Core.Stock;

namespace Oms.Server.Features.Inventory;

/// <summary>
/// Counts are the truth: on-hand is set to what the location counted, even below what is promised (those lines are
/// then sourced again after the commit), and the count resolves the row's open discrepancies.
/// </summary>
internal sealed class CountStockHandler : ICommandHandler<CountStock, int>
{
    public async Task<int> HandleAsync(CountStock command, CommandContext ctx, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (command.Counts.Count is 0 or > 10_000) errors["items"] = ["items must list between 1 and 10,000 SKUs."];
        for (var i = 0; i < command.Counts.Count; i++)
        {
            var c = command.Counts[i];
            if (c.OnHand is < 0 or > Limits.StockQuantity)
                errors[$"items[{i}].onHand"] = [$"onHand must be between 0 and {Limits.StockQuantity}."];
            if (c.SafetyStock is < 0 or > Limits.StockQuantity)
                errors[$"items[{i}].safetyStock"] = [$"safetyStock must be between 0 and {Limits.StockQuantity}."];
        }
        if (command.Counts.GroupBy(c => c.Sku, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            errors["items"] = [$"SKU {twice.Key} is counted twice."];
        if (errors.Count > 0) throw new BusinessRuleException(errors.First().Value[0], errors);
        ctx.Access.RequireLocation(command.Location);
        await StockReferences.EnsureAsync(ctx.Db, command.Location, [.. command.Counts.Select(c => c.Sku)], ct);
        var source = new StockSource(StockMovementSource.Count, null, StockReferences.Reason(command.Reason) ?? "counted");
        foreach (var c in command.Counts) ctx.Stock.Count(command.Location, c.Sku, c.OnHand, c.SafetyStock, source);
        return command.Counts.Count;
    }
}
