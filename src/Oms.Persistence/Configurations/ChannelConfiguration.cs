using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oms.Domain.Catalog;

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
