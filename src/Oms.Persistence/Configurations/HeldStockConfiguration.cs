using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oms.Domain.Inventory;
using Oms.Domain.Network;
using Oms.Domain.Returns;

namespace Oms.Persistence.Configurations;

/// <summary>
/// Unsellable stock held until a person decides. Listed per location (open first); a returned unit is held at most once
/// (unique receipt). Enums are stored by name, as elsewhere.
/// </summary>
internal sealed class HeldStockConfiguration : IEntityTypeConfiguration<HeldStock>
{
    public void Configure(EntityTypeBuilder<HeldStock> b)
    {
        b.ToTable("HeldStock");
        b.HasKey(h => h.Id);
        b.Property(h => h.Id).ValueGeneratedNever();
        b.Property(h => h.Reason).HasConversion<string>().HasMaxLength(32);
        b.Property(h => h.Decision).HasConversion<string>().HasMaxLength(32);
        b.Property(h => h.ReturnNumber).HasMaxLength(64);
        b.Property(h => h.Note).HasMaxLength(1000);
        b.Property(h => h.DecisionNote).HasMaxLength(1000);
        b.HasIndex(h => new { h.LocationCode, h.DecidedAt, h.CreatedAt });
        b.HasIndex(h => h.ReturnReceiptId).IsUnique();
        b.HasIndex(h => h.ReturnOrderId);
        b.HasOne<Location>().WithMany().HasForeignKey(h => h.LocationCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ReturnReceipt>().WithMany().HasForeignKey(h => h.ReturnReceiptId).OnDelete(DeleteBehavior.Restrict);
    }
}
