using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oms.Domain.Audit;

namespace Oms.Persistence.Configurations;

internal sealed class ReferenceDataChangeConfiguration : IEntityTypeConfiguration<ReferenceDataChange>
{
    public void Configure(EntityTypeBuilder<ReferenceDataChange> b)
    {
        b.ToTable("ReferenceDataChanges");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.Entity).HasMaxLength(32);
        b.Property(c => c.Action).HasMaxLength(16);
        b.Property(c => c.Before).HasMaxLength(-1);
        b.Property(c => c.After).HasMaxLength(-1);
        // The audit is read per record (entity + key) or per entity, newest first.
        b.HasIndex(c => new { c.Entity, c.Key, c.At });
        b.HasIndex(c => c.At);
    }
}
