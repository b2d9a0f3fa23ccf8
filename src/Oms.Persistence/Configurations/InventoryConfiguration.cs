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
        b.Ignore(s => s.AvailableToPromise);
        b.HasOne<Location>().WithMany().HasForeignKey(s => s.LocationCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Product>().WithMany().HasForeignKey(s => s.Sku).OnDelete(DeleteBehavior.Restrict);
        // On-hand may go below zero when the till sells what the books did not have (Oms:Stock:CarryOutBelowZero);
        // reservations and the safety buffer never do.
        b.ToTable(t => t.HasCheckConstraint("CK_Stock_NonNegative", "\"Reserved\" >= 0 AND \"SafetyStock\" >= 0"));
    }
}

internal sealed class ExpectedReceiptConfiguration : IEntityTypeConfiguration<ExpectedReceipt>
{
    public void Configure(EntityTypeBuilder<ExpectedReceipt> b)
    {
        b.ToTable("ExpectedReceipts");
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).ValueGeneratedNever();
        b.HasIndex(r => new { r.Sku, r.Status, r.ExpectedAt });
        b.HasOne<Location>().WithMany().HasForeignKey(r => r.LocationCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Product>().WithMany().HasForeignKey(r => r.Sku).OnDelete(DeleteBehavior.Restrict);
        b.ToTable(t => t.HasCheckConstraint("CK_ExpectedReceipts_Promised", "\"Promised\" >= 0"));
    }
}

internal sealed class ConfigurationVersionConfiguration : IEntityTypeConfiguration<Oms.Domain.Configuration.ConfigurationVersion>
{
    public void Configure(EntityTypeBuilder<Oms.Domain.Configuration.ConfigurationVersion> b)
    {
        b.ToTable("ConfigurationVersions");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.Document).HasMaxLength(-1);
        b.Property(c => c.Comment).HasMaxLength(1000);
        // Two people saving at once cannot both get the same version number.
        b.HasIndex(c => new { c.Kind, c.Key, c.Version }).IsUnique();
        b.HasIndex(c => new { c.Kind, c.Key, c.Active });
    }
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> b)
    {
        b.ToTable("IdempotencyRecords");
        b.HasKey(r => r.Key);
        b.Property(r => r.Key).HasMaxLength(300);
        b.Property(r => r.RequestHash).HasMaxLength(64);
        b.HasIndex(r => r.CreatedAt);
    }
}

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
