using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oms.Domain.Orders;
using Oms.Domain.Payments;

namespace Oms.Persistence.Configurations;

internal sealed class OrderPaymentConfiguration : IEntityTypeConfiguration<OrderPayment>
{
    public void Configure(EntityTypeBuilder<OrderPayment> b)
    {
        b.ToTable("OrderPayments");
        b.HasKey(p => p.Id);
        b.Property(p => p.Id).ValueGeneratedNever();
        b.Property(p => p.Method).HasConversion<string>().HasMaxLength(32);
        b.Property(p => p.Provider).HasMaxLength(32);
        b.Ignore(p => p.OpenAuthorisation);
        b.Ignore(p => p.Capturable);
        b.HasIndex(p => new { p.OrderId, p.Sequence }).IsUnique();
        b.HasOne<Order>().WithMany(o => o.Payments).HasForeignKey(p => p.OrderId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Transactions).WithOne().HasForeignKey(t => t.PaymentId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(p => p.Transactions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
