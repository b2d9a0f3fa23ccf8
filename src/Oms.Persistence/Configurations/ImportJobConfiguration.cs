using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oms.Domain.Imports;

namespace Oms.Persistence.Configurations;

internal sealed class ImportJobConfiguration : IEntityTypeConfiguration<ImportJob>
{
    public void Configure(EntityTypeBuilder<ImportJob> b)
    {
        b.ToTable("ImportJobs");
        b.HasKey(j => j.Id);
        b.Property(j => j.Id).ValueGeneratedNever();
        b.Property(j => j.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(j => j.Format).HasConversion<string>().HasMaxLength(8);
        b.Property(j => j.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(j => j.ClaimedBy).HasMaxLength(200);
        b.Property(j => j.FailureMessage).HasMaxLength(2000);
        b.Property(j => j.Payload).HasMaxLength(-1);
        // Nodes look for queued jobs and for running jobs whose node stopped sending heartbeats.
        b.HasIndex(j => new { j.Status, j.CreatedAt });
    }
}
