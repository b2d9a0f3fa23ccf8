using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oms.Domain.Catalog;
using Oms.Domain.Common;
using Oms.Domain.Customers;
using Oms.Domain.Network;

namespace Oms.Persistence.Configurations;

internal sealed class ChannelConfiguration : IEntityTypeConfiguration<Channel>
{
    public void Configure(EntityTypeBuilder<Channel> b)
    {
        b.ToTable("Channels");
        b.HasKey(c => c.Code);
        b.Property(c => c.Currency).HasMaxLength(3);
    }
}

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

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> b)
    {
        b.ToTable("Products");
        b.HasKey(p => p.Sku);
        b.Property(p => p.Currency).HasMaxLength(3);
        b.Property(p => p.Category).HasMaxLength(Product.MaxCategoryLength);
    }
}

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> b)
    {
        b.ToTable("Customers");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.HasIndex(c => c.Email).IsUnique();
        b.HasIndex(c => c.Phone);
    }
}
