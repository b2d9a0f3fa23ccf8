using FluentValidation;
using Oms.Domain.Imports;
using Oms.Persistence;

namespace Oms.Server.Features.Network.Imports;

/// <summary>Product rows: <c>sku,name,listPrice,currency[,active][,category]</c>; each row is a <c>PUT /api/products/{sku}</c>.</summary>
public sealed class ProductRows(IValidator<ProductRequest> validator) : RowImporter<ProductRequest>(validator)
{
    public override ImportKind Kind => ImportKind.Products;
    public override IReadOnlyList<string> Columns { get; } = ["sku", "name", "listPrice", "currency", "active", "category"];
    public override IReadOnlyList<string> RequiredColumns { get; } = ["sku", "name", "listPrice", "currency"];

    protected override ProductRequest FromCells(CsvCells cells)
        => new(cells.Text("sku"), cells.Text("name"), cells.Decimal("listPrice"), cells.Text("currency"), cells.Bool("active"),
            cells.Text("category"));

    protected override async Task<string> ApplyAsync(OmsDbContext db, ProductRequest request, ChangeContext change, CancellationToken ct)
        => (await ProductWriter.UpsertAsync(db, request, change, ct)).Record.Sku;
}
