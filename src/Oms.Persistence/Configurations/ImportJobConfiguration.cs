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

internal sealed class ImportRowErrorConfiguration : IEntityTypeConfiguration<ImportRowError>
{
    public void Configure(EntityTypeBuilder<ImportRowError> b)
    {
        b.ToTable("ImportRowErrors");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.Message).HasMaxLength(1000);
        b.HasOne<ImportJob>().WithMany().HasForeignKey(e => e.JobId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(e => new { e.JobId, e.Row });
    }
}
