using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Oms.Persistence.Configurations;

internal sealed class ConfigurationVersionConfiguration : IEntityTypeConfiguration<Oms.Domain.Configuration.ConfigurationVersion>
{
    public void Configure(EntityTypeBuilder<Oms.Domain.Configuration.ConfigurationVersion> b)
    {
        b.ToTable("ConfigurationVersions");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.Document).HasMaxLength(-1);
        b.Property(c => c.Comment).HasMaxLength(1000);
        // Two people saving at once cannot both get the same version number.
        b.HasIndex(c => new { c.Kind, c.Key, c.Version }).IsUnique();
        b.HasIndex(c => new { c.Kind, c.Key, c.Active });
    }
}
