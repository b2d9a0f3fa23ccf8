using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Oms.Persistence.Configurations;

internal sealed class CacheStampConfiguration : IEntityTypeConfiguration<CacheStamp>
{
    public void Configure(EntityTypeBuilder<CacheStamp> b)
    {
        b.ToTable("CacheStamps");
        b.HasKey(c => c.Name);
        b.Property(c => c.Name).HasMaxLength(50);
    }
}
