using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oms.Domain.Returns;

namespace Oms.Persistence.Configurations;

internal sealed class ReturnReceiptConfiguration : IEntityTypeConfiguration<ReturnReceipt>
{
    public void Configure(EntityTypeBuilder<ReturnReceipt> b)
    {
        b.ToTable("ReturnReceipts");
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).ValueGeneratedNever();
        b.HasIndex(r => new { r.ReturnOrderId, r.Sequence }).IsUnique();
        b.HasOne<ReturnLine>().WithMany().HasForeignKey(r => r.ReturnLineId).OnDelete(DeleteBehavior.Restrict);
        b.Property(r => r.ReceivedAs).HasConversion<string>().HasMaxLength(32);
        b.Property(r => r.Disposition).HasConversion<string>().HasMaxLength(32);
        b.Property(r => r.Note).HasMaxLength(1000);
    }
}
