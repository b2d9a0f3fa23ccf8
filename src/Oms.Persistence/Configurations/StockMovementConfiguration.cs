using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oms.Domain.Inventory;

namespace Oms.Persistence.Configurations;

internal sealed class StockMovementConfiguration : IEntityTypeConfiguration<StockMovement>
{
    public void Configure(EntityTypeBuilder<StockMovement> b)
    {
        b.ToTable("StockMovements");
        b.HasKey(m => m.Id);
        b.Property(m => m.Id).ValueGeneratedNever();
        b.Property(m => m.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(m => m.Source).HasConversion<string>().HasMaxLength(16);
        b.Property(m => m.Reason).HasMaxLength(1000);
        // The journal is read per SKU and location, newest first, and paged by (At, Id).
        b.HasIndex(m => new { m.Sku, m.LocationCode, m.At, m.Id });
        b.HasIndex(m => new { m.LocationCode, m.At, m.Id });
    }
}
