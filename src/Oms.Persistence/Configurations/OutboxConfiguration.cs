using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oms.Persistence.Outbox;

namespace Oms.Persistence.Configurations;

internal sealed class OutboxEventConfiguration : IEntityTypeConfiguration<OutboxEvent>
{
    public void Configure(EntityTypeBuilder<OutboxEvent> b)
    {
        b.ToTable("OutboxEvents");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.Type).HasMaxLength(100);
        b.Property(e => e.Data).HasMaxLength(-1);
        b.HasIndex(e => e.OccurredAt);
        b.HasIndex(e => new { e.Subject, e.OccurredAt });
    }
}

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

internal sealed class SchedulerLeaseConfiguration : IEntityTypeConfiguration<SchedulerLease>
{
    public void Configure(EntityTypeBuilder<SchedulerLease> b)
    {
        b.ToTable("SchedulerLeases");
        b.HasKey(l => l.Name);
        b.Property(l => l.Name).HasMaxLength(100);
        b.Property(l => l.Owner).HasMaxLength(100);
    }
}

internal sealed class CacheStampConfiguration : IEntityTypeConfiguration<CacheStamp>
{
    public void Configure(EntityTypeBuilder<CacheStamp> b)
    {
        b.ToTable("CacheStamps");
        b.HasKey(c => c.Name);
        b.Property(c => c.Name).HasMaxLength(50);
    }
}
