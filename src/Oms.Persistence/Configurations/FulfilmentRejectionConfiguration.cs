using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oms.Domain.Orders;

namespace Oms.Persistence.Configurations;

internal sealed class FulfilmentRejectionConfiguration : IEntityTypeConfiguration<FulfilmentRejection>
{
    public void Configure(EntityTypeBuilder<FulfilmentRejection> b)
    {
        b.ToTable("FulfilmentRejections");
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.Reason).HasMaxLength(1000);
    }
}
