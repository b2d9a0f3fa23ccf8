using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oms.Domain.Inventory;

namespace Oms.Persistence.Configurations;

internal sealed class StockDiscrepancyConfiguration : IEntityTypeConfiguration<StockDiscrepancy>
{
    public void Configure(EntityTypeBuilder<StockDiscrepancy> b)
    {
        b.ToTable("StockDiscrepancies");
        b.HasKey(d => d.Id);
        b.Property(d => d.Id).ValueGeneratedNever();
        b.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(d => d.Reason).HasMaxLength(1000);
        b.Property(d => d.Resolution).HasMaxLength(1000);
        b.HasIndex(d => new { d.LocationCode, d.Sku, d.Status });
        b.HasIndex(d => new { d.Status, d.RaisedAt, d.Id });
    }
}
