using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oms.Domain.Inventory;
using Oms.Domain.Network;
using Oms.Domain.Catalog;

namespace Oms.Persistence.Configurations;

internal sealed class StockItemConfiguration : IEntityTypeConfiguration<StockItem>
{
    public void Configure(EntityTypeBuilder<StockItem> b)
    {
        b.ToTable("Stock");
        b.HasKey(s => new { s.LocationCode, s.Sku });
        b.HasIndex(s => s.Sku);
        // The availability push to channels reads the rows changed since its last look.
        b.HasIndex(s => s.UpdatedAt);
        b.Ignore(s => s.AvailableToPromise);
        b.HasOne<Location>().WithMany().HasForeignKey(s => s.LocationCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Product>().WithMany().HasForeignKey(s => s.Sku).OnDelete(DeleteBehavior.Restrict);
        // On-hand may go below zero when the till sells what the books did not have (Oms:Stock:CarryOutBelowZero);
        // reservations and the safety buffer never do.
        b.ToTable(t => t.HasCheckConstraint("CK_Stock_NonNegative", "\"Reserved\" >= 0 AND \"SafetyStock\" >= 0"));
    }
}
