using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oms.Domain.Network;

namespace Oms.Persistence.Configurations;

internal sealed class CarrierConfiguration : IEntityTypeConfiguration<Carrier>
{
    public void Configure(EntityTypeBuilder<Carrier> b)
    {
        b.ToTable("Carriers");
        b.HasKey(c => c.Code);
        b.Property(c => c.TrackingUrlTemplate).HasMaxLength(500);
        b.Property(c => c.Services).HasMaxLength(2000)
            .HasConversion(ReferenceDataConverters.StringList, ReferenceDataConverters.StringListComparer);
    }
}
