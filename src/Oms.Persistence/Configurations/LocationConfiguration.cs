using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oms.Domain.Common;
using Oms.Domain.Network;

namespace Oms.Persistence.Configurations;

internal sealed class LocationConfiguration : IEntityTypeConfiguration<Location>
{
    public void Configure(EntityTypeBuilder<Location> b)
    {
        b.ToTable("Locations");
        b.HasKey(l => l.Code);
        b.Ignore(l => l.Point);
        b.Ignore(l => l.HoldsStock);
        b.Property(l => l.Capabilities).HasConversion<int>();
        b.ComplexProperty(l => l.Address, a => a.Ignore(x => x.Point));
        // Defaults for the rows of databases made before locations had opening hours and a time zone.
        b.Property(l => l.TimeZoneId).HasMaxLength(64).HasDefaultValue(TimeZones.Default);
        b.Property(l => l.OpeningHours).HasMaxLength(-1).HasDefaultValueSql("'[]'")
            .HasConversion(ReferenceDataConverters.OpeningHours, ReferenceDataConverters.OpeningHoursComparer);
    }
}
