using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oms.Domain.Returns;

namespace Oms.Persistence.Configurations;

internal sealed class ReturnRefundConfiguration : IEntityTypeConfiguration<ReturnRefund>
{
    public void Configure(EntityTypeBuilder<ReturnRefund> b)
    {
        b.ToTable("ReturnRefunds");
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).ValueGeneratedNever();
        b.HasIndex(r => new { r.ReturnOrderId, r.Sequence }).IsUnique();
        b.Property(r => r.Explanation).HasMaxLength(ReturnRefund.MaxExplanation);
        b.Property(r => r.PaidAs).HasMaxLength(ReturnRefund.MaxPaidAs);
        b.Property(r => r.CreatedBy).HasMaxLength(200);
    }
}
