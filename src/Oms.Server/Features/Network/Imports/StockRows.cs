using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Imports;
using Oms.Persistence;
using Oms.Domain.Inventory;
using Oms.Server.Core.Stock;

namespace Oms.Server.Features.Network.Imports;

/// <summary>
/// Stock rows: <c>location,sku,onHand[,safetyStock]</c>, absolute counts as a stock snapshot sets them (reservations
/// stay). When a batch commits, the SKUs whose stock went up are offered to waiting back-orders.
/// </summary>
public sealed class StockRows(IValidator<StockRowRequest> validator) : RowImporter<StockRowRequest>(validator)
{
    public override ImportKind Kind => ImportKind.Stock;
    public override IReadOnlyList<string> Columns { get; } = ["location", "sku", "onHand", "safetyStock"];
    public override IReadOnlyList<string> RequiredColumns { get; } = ["location", "sku", "onHand"];

    protected override StockRowRequest FromCells(CsvCells cells)
        => new(cells.Text("location"), cells.Text("sku"), cells.Int("onHand"), cells.Int("safetyStock"));

    protected override async Task<string> ApplyAsync(OmsDbContext db, StockRowRequest r, ChangeContext change, CancellationToken ct)
    {
        string code = r.Location!.Trim(), sku = r.Sku!.Trim();
        var location = await db.Locations.AsNoTracking().Where(l => l.Code == code).Select(l => new { l.Type }).FirstOrDefaultAsync(ct)
            ?? throw new BusinessRuleException("location", $"Unknown location '{code}'.");
        if (location.Type == Domain.Network.LocationType.CarrierPickupPoint)
            throw new BusinessRuleException("location", $"{code} is a carrier pickup point and holds no stock.");
        if (!await db.Products.AnyAsync(p => p.Sku == sku, ct)) throw new BusinessRuleException("sku", $"Unknown SKU '{sku}'.");
        // A count in the command's stock plan: journalled, and back-orders of the SKU are served right after the commit.
        change.Stock!.Count(code, sku, r.OnHand!.Value, r.SafetyStock,
            new StockSource(StockMovementSource.Import, change.Source, "imported"));
        return sku;
    }
}
