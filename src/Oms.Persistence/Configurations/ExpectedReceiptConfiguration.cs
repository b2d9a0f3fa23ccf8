using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oms.Domain.Inventory;
using Oms.Domain.Network;
using Oms.Domain.Catalog;

namespace Oms.Persistence.Configurations;

internal sealed class ExpectedReceiptConfiguration : IEntityTypeConfiguration<ExpectedReceipt>
{
    public void Configure(EntityTypeBuilder<ExpectedReceipt> b)
    {
        b.ToTable("ExpectedReceipts");
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).ValueGeneratedNever();
        b.HasIndex(r => new { r.Sku, r.Status, r.ExpectedAt });
        b.HasOne<Location>().WithMany().HasForeignKey(r => r.LocationCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Product>().WithMany().HasForeignKey(r => r.Sku).OnDelete(DeleteBehavior.Restrict);
        b.ToTable(t => t.HasCheckConstraint("CK_ExpectedReceipts_Promised", "\"Promised\" >= 0"));
    }
}
