using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oms.Persistence.Outbox;

namespace Oms.Persistence.Configurations;

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
