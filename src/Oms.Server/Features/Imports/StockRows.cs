using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Imports;
using Oms.Persistence;
using Oms.Server.Features.Network;
using Oms.Server.Features.Sourcing;

namespace Oms.Server.Features.Imports;

/// <summary>
/// Stock rows: <c>location,sku,onHand[,safetyStock]</c>, absolute counts as a stock snapshot sets them (reservations
/// stay). After each batch commits, the SKUs it touched are offered to waiting back-orders.
/// </summary>
public sealed class StockRows(IValidator<StockRowRequest> validator, BackorderAllocator backorders) : RowImporter<StockRowRequest>(validator)
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
        await db.SetAsync(code, sku, r.OnHand!.Value, r.SafetyStock, change.Now, ct);
        return sku;
    }

    public override async Task AfterCommitAsync(IReadOnlyCollection<string> appliedKeys, CancellationToken ct)
    {
        if (appliedKeys.Count > 0) await backorders.AllocateAsync(appliedKeys, ct);
    }
}
