using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oms.Domain.Orders;

namespace Oms.Persistence.Configurations;

internal sealed class SourcingDecisionConfiguration : IEntityTypeConfiguration<SourcingDecision>
{
    public void Configure(EntityTypeBuilder<SourcingDecision> b)
    {
        b.ToTable("SourcingDecisions");
        b.HasKey(d => d.Id);
        b.Property(d => d.Id).ValueGeneratedNever();
        b.Property(d => d.Summary).HasMaxLength(2000);
        b.Property(d => d.Explanation).HasMaxLength(-1);
        b.HasIndex(d => new { d.OrderId, d.At });
    }
}
