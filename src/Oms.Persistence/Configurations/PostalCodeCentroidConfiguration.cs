using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oms.Domain.Geocoding;

namespace Oms.Persistence.Configurations;

internal sealed class PostalCodeCentroidConfiguration : IEntityTypeConfiguration<PostalCodeCentroid>
{
    public void Configure(EntityTypeBuilder<PostalCodeCentroid> b)
    {
        b.ToTable("PostalCodeCentroids");
        b.HasKey(c => new { c.Country, c.Key });
        b.Property(c => c.Country).HasMaxLength(2);
        b.Property(c => c.Key).HasMaxLength(12);
        b.Ignore(c => c.Point);
    }
}
