using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oms.Domain.Orders;

namespace Oms.Persistence.Configurations;

internal sealed class TimelineEntryConfiguration : IEntityTypeConfiguration<TimelineEntry>
{
    public void Configure(EntityTypeBuilder<TimelineEntry> b)
    {
        b.ToTable("OrderTimeline");
        b.HasKey(t => t.Id);
        b.Property(t => t.Id).ValueGeneratedNever();
        b.Property(t => t.Message).HasMaxLength(2000);
        b.HasIndex(t => new { t.OrderId, t.Sequence }).IsUnique();
        // The KPIs look for rare entry types (a line back-ordered, ready for pickup) among every order's entries.
        b.HasIndex(t => new { t.Type, t.OrderId });
    }
}
