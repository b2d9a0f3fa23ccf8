using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oms.Domain.Orders;

namespace Oms.Persistence.Configurations;

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
