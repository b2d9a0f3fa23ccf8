using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oms.Domain.Orders;

namespace Oms.Persistence.Configurations;

internal sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> b)
    {
        b.ToTable("OrderLines");
        b.HasKey(l => l.Id);
        b.Property(l => l.Id).ValueGeneratedNever();
        b.Ignore(l => l.NetAmount);
        b.Ignore(l => l.Total);
        b.Ignore(l => l.HoldsReservation);
        b.Ignore(l => l.IsActive);
        b.Ignore(l => l.RejectedLocations);
        b.Property(l => l.RejectedBy).HasMaxLength(1000);
        // The cancellation's reason, as the API accepts it (at most 1000 characters).
        b.Property(l => l.CancelReason).HasMaxLength(1000);
        b.Property(l => l.ExceptionReason).HasMaxLength(2000);
        b.Property(l => l.ChannelLineId).HasMaxLength(100);
        b.ComplexProperty(l => l.ShippingAddress, a => a.Ignore(x => x.Point));
        b.HasIndex(l => l.Sku);
        // The pickup-expiry sweep looks for staged lines past their date.
        b.HasIndex(l => new { l.Status, l.PickupExpiresAt });
    }
}
