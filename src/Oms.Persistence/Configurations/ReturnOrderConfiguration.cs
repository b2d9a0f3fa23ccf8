using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oms.Domain.Orders;
using Oms.Domain.Returns;

namespace Oms.Persistence.Configurations;

/// <summary>
/// A return order and its children. The number people quote is unique; returns are found by order; the version is the
/// concurrency token (two receipts of the same return cannot both count). Enums are stored by name, as elsewhere.
/// </summary>
internal sealed class ReturnOrderConfiguration : IEntityTypeConfiguration<ReturnOrder>
{
    public void Configure(EntityTypeBuilder<ReturnOrder> b)
    {
        b.ToTable("ReturnOrders");
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.Version).IsConcurrencyToken();
        b.Property(r => r.Number).HasMaxLength(64);
        b.HasIndex(r => r.Number).IsUnique();
        b.HasIndex(r => new { r.OrderId, r.CreatedAt });
        b.HasOne<Order>().WithMany().HasForeignKey(r => r.OrderId).OnDelete(DeleteBehavior.Restrict);
        b.Property(r => r.Currency).HasMaxLength(3);
        b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(r => r.Method).HasConversion<string>().HasMaxLength(32);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(32);
        b.Property(r => r.Note).HasMaxLength(1000);
        b.Property(r => r.ApprovalReasons).HasMaxLength(1000);
        b.Property(r => r.DecisionNote).HasMaxLength(1000);
        b.Property(r => r.RefundDueExplanation).HasMaxLength(ReturnOrder.MaxRefundExplanation);
        b.Property(r => r.GoodwillReason).HasMaxLength(1000);
        b.Property(r => r.RefundRoute).HasConversion<string>().HasMaxLength(32);
        b.Property(r => r.RefundBlockedReason).HasMaxLength(1000);
        b.Ignore(r => r.GoodwillDue);
        b.Ignore(r => r.HasRefundDueNow);
        // The approval queue lists returns by status.
        b.HasIndex(r => new { r.Status, r.CreatedAt });

        b.HasMany(r => r.Lines).WithOne().HasForeignKey(l => l.ReturnOrderId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.Receipts).WithOne().HasForeignKey(x => x.ReturnOrderId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.Timeline).WithOne().HasForeignKey(t => t.ReturnOrderId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.Refunds).WithOne().HasForeignKey(x => x.ReturnOrderId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(r => r.Refunds).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(r => r.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(r => r.Receipts).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(r => r.Timeline).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
