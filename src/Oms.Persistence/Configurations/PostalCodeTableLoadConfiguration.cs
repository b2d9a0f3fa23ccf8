using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oms.Domain.Geocoding;

namespace Oms.Persistence.Configurations;

internal sealed class PostalCodeTableLoadConfiguration : IEntityTypeConfiguration<PostalCodeTableLoad>
{
    public void Configure(EntityTypeBuilder<PostalCodeTableLoad> b)
    {
        b.ToTable("PostalCodeTableLoads");
        b.HasKey(l => l.Country);
        b.Property(l => l.Country).HasMaxLength(2);
    }
}
