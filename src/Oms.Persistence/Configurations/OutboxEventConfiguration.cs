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
