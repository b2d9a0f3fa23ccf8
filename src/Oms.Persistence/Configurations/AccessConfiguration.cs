using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oms.Domain.Access;
using Oms.Persistence.Identity;

namespace Oms.Persistence.Configurations;

internal sealed class RoleConfiguration : IEntityTypeConfiguration<Role>
{
    public void Configure(EntityTypeBuilder<Role> b)
    {
        b.ToTable("Roles");
        b.HasKey(r => r.Name);
        b.Property(r => r.Name).HasMaxLength(64);
        b.Property(r => r.ActorKind).HasMaxLength(32);
        b.Property(r => r.Description).HasMaxLength(500);
        b.Property(r => r.Permissions).HasMaxLength(4000)
            .HasConversion(ReferenceDataConverters.StringList, ReferenceDataConverters.StringListComparer);
    }
}

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> b)
    {
        b.ToTable("ApiKeys");
        b.HasKey(k => k.Id);
        b.Property(k => k.KeyId).HasMaxLength(32);
        b.HasIndex(k => k.KeyId).IsUnique();
        b.Property(k => k.Name).HasMaxLength(100);
        b.Property(k => k.Channel).HasMaxLength(50);
        b.Property(k => k.SecretHash).HasMaxLength(32);
        b.Property(k => k.Roles).HasMaxLength(2000)
            .HasConversion(ReferenceDataConverters.StringList, ReferenceDataConverters.StringListComparer);
        b.Property(k => k.Locations).HasMaxLength(4000)
            .HasConversion(ReferenceDataConverters.StringList, ReferenceDataConverters.StringListComparer);
    }
}

internal sealed class OmsUserConfiguration : IEntityTypeConfiguration<OmsUser>
{
    public void Configure(EntityTypeBuilder<OmsUser> b)
    {
        b.ToTable("Users");
        b.Property(u => u.DisplayName).HasMaxLength(200);
        b.Property(u => u.Roles).HasMaxLength(2000)
            .HasConversion(ReferenceDataConverters.StringList, ReferenceDataConverters.StringListComparer);
        b.Property(u => u.Stores).HasMaxLength(4000)
            .HasConversion(ReferenceDataConverters.StringList, ReferenceDataConverters.StringListComparer);
    }
}

internal sealed class DataProtectionKeyConfiguration
    : IEntityTypeConfiguration<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey>
{
    /// <summary>A key is an XML document of a kilobyte or two: more than the 200 characters strings get by default.</summary>
    public void Configure(EntityTypeBuilder<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey> b)
    {
        b.Property(k => k.Xml).HasMaxLength(20000);
        b.Property(k => k.FriendlyName).HasMaxLength(500);
    }
}
