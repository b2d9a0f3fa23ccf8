using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oms.Domain.Payments;

namespace Oms.Persistence.Configurations;

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
