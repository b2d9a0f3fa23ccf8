using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oms.Persistence.Outbox;

namespace Oms.Persistence.Configurations;

internal sealed class OutboxDeliveryConfiguration : IEntityTypeConfiguration<OutboxDelivery>
{
    public void Configure(EntityTypeBuilder<OutboxDelivery> b)
    {
        b.ToTable("OutboxDeliveries");
        b.HasKey(d => d.Id);
        b.Property(d => d.Id).ValueGeneratedNever();
        b.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(d => d.LastError).HasMaxLength(2000);
        b.Property(d => d.ClaimedBy).HasMaxLength(100);
        b.HasOne<OutboxEvent>().WithMany().HasForeignKey(d => d.EventId).OnDelete(DeleteBehavior.Cascade);
        // The relay's claim: pending work that is due, oldest first.
        b.HasIndex(d => new { d.Status, d.DueAt });
        b.HasIndex(d => new { d.Handler, d.Status });
        b.HasIndex(d => d.EventId);
    }
}
