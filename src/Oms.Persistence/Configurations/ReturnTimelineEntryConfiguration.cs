using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oms.Domain.Returns;

namespace Oms.Persistence.Configurations;

internal sealed class ReturnTimelineEntryConfiguration : IEntityTypeConfiguration<ReturnTimelineEntry>
{
    public void Configure(EntityTypeBuilder<ReturnTimelineEntry> b)
    {
        b.ToTable("ReturnTimeline");
        b.HasKey(t => t.Id);
        b.Property(t => t.Id).ValueGeneratedNever();
        b.Property(t => t.Message).HasMaxLength(ReturnTimelineEntry.MaxMessage);
        b.HasIndex(t => new { t.ReturnOrderId, t.Sequence }).IsUnique();
    }
}
