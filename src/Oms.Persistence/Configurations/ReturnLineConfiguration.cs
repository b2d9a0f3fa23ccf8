using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oms.Domain.Returns;

namespace Oms.Persistence.Configurations;

internal sealed class ReturnLineConfiguration : IEntityTypeConfiguration<ReturnLine>
{
    public void Configure(EntityTypeBuilder<ReturnLine> b)
    {
        b.ToTable("ReturnLines");
        b.HasKey(l => l.Id);
        b.Property(l => l.Id).ValueGeneratedNever();
        b.HasIndex(l => new { l.ReturnOrderId, l.LineNumber }).IsUnique();
        // Eligibility sums what other returns hold per order line.
        b.HasIndex(l => l.OrderLineId);
    }
}
