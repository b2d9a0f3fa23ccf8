using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Inventory;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Inventory;

internal sealed class ExpectReceiptHandler : ICommandHandler<ExpectReceipt, ExpectedReceipt>
{
    public async Task<ExpectedReceipt> HandleAsync(ExpectReceipt c, CommandContext ctx, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (c.ExpectedAt is null) errors["expectedAt"] = ["expectedAt is required."];
        if (c.Quantity is null or < 1 or > Limits.StockQuantity)
            errors["quantity"] = [$"quantity is required, between 1 and {Limits.StockQuantity}."];
        if (c.Reference is { Length: > Limits.Text }) errors["reference"] = [$"reference must be at most {Limits.Text} characters."];
        if (c.Location is not null) ctx.Access.RequireLocation(c.Location);
        if (c.Location is null || c.Location.Length > Limits.Code || !await ctx.Db.Locations.AnyAsync(l => l.Code == c.Location, ct))
            errors["location"] = [$"Unknown location '{c.Location}'."];
        if (c.Sku is null || c.Sku.Length > 100 || !await ctx.Db.Products.AnyAsync(p => p.Sku == c.Sku, ct))
            errors["sku"] = [$"Unknown SKU '{c.Sku}'."];
        if (errors.Count > 0) throw new BusinessRuleException(errors.First().Value[0], errors);
        var receipt = new ExpectedReceipt(Ids.Next(ctx.Now), c.Location!, c.Sku!, c.Quantity!.Value,
            c.ExpectedAt!.Value.ToUniversalTime(), string.IsNullOrWhiteSpace(c.Reference) ? "expected receipt" : c.Reference.Trim(),
                ctx.Now);
        ctx.Db.ExpectedReceipts.Add(receipt);
        return receipt;
    }
}
