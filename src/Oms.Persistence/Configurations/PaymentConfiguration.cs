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

internal sealed class PaymentTransactionConfiguration : IEntityTypeConfiguration<PaymentTransaction>
{
    public void Configure(EntityTypeBuilder<PaymentTransaction> b)
    {
        b.ToTable("PaymentTransactions");
        b.HasKey(t => t.Id);
        b.Property(t => t.Id).ValueGeneratedNever();
        b.Property(t => t.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(t => t.Outcome).HasConversion<string>().HasMaxLength(16);
        b.Property(t => t.Message).HasMaxLength(500);
        // One provider operation per key, ever.
        b.HasIndex(t => t.IdempotencyKey).IsUnique();
        // The retry service looks for calls still pending.
        b.HasIndex(t => t.Status);
    }
}

internal sealed class OrderHoldConfiguration : IEntityTypeConfiguration<OrderHold>
{
    public void Configure(EntityTypeBuilder<OrderHold> b)
    {
        b.ToTable("OrderHolds");
        b.HasKey(h => h.Id);
        b.Property(h => h.Id).ValueGeneratedNever();
        b.Property(h => h.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(h => h.Reason).HasMaxLength(500);
        // A person's reason (at most 1000 characters at the API) or "order cancelled: " and the cancellation's reason.
        b.Property(h => h.LiftReason).HasMaxLength(2000);
        b.Ignore(h => h.IsActive);
        // The review queue: active holds of a kind, oldest first.
        b.HasIndex(h => new { h.Kind, h.LiftedAt, h.PlacedAt });
        b.HasOne<Order>().WithMany(o => o.Holds).HasForeignKey(h => h.OrderId).OnDelete(DeleteBehavior.Cascade);
    }
}
