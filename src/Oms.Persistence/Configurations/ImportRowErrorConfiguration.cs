using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oms.Domain.Imports;

namespace Oms.Persistence.Configurations;

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
