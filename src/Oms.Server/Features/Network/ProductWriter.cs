using Oms.Domain.Catalog;
using Oms.Persistence;

namespace Oms.Server.Features.Network;

/// <summary>Creates or changes a product from a validated request, with its audit entry. Runs inside the caller's transaction.</summary>
public static class ProductWriter
{
    public static async Task<Upserted<ProductResponse>> UpsertAsync(OmsDbContext db, ProductRequest r, ChangeContext change,
        CancellationToken ct)
    {
        // Built first: the domain checks every field before anything tracked is touched.
        var wanted = new Product(r.Sku!, r.Name!, r.ListPrice!.Value, r.Currency!, r.Category);
        var product = await db.Products.FindAsync([wanted.Sku], ct);
        var before = product is null ? null : ProductResponse.From(product);
        if (product is null)
        {
            product = wanted;
            db.Products.Add(product);
        }
        else
        {
            product.Rename(wanted.Name);
            product.Reprice(wanted.ListPrice, wanted.Currency);
            product.Categorise(wanted.Category);
        }
        if (r.Active == true) product.Activate();
        if (r.Active == false) product.Deactivate();
        var after = ProductResponse.From(product);
        ReferenceDataAudit.Record(db, ReferenceDataAudit.Product, product.Sku, before, after, change);
        return new(after, before is null);
    }
}
