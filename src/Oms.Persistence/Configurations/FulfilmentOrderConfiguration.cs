using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oms.Domain.Orders;

namespace Oms.Persistence.Configurations;

internal sealed class FulfilmentOrderConfiguration : IEntityTypeConfiguration<FulfilmentOrder>
{
    public void Configure(EntityTypeBuilder<FulfilmentOrder> b)
    {
        b.ToTable("FulfilmentOrders");
        b.HasKey(f => f.Id);
        b.Property(f => f.Id).ValueGeneratedNever();
        b.HasIndex(f => f.Number).IsUnique();
        // The location's reason, as the API accepts it (at most 1000 characters).
        b.Property(f => f.RejectReason).HasMaxLength(1000);
        b.HasIndex(f => new { f.LocationCode, f.Status, f.CreatedAt, f.Id });
        b.ComplexProperty(f => f.Label, l =>
        {
            l.Property(x => x.Carrier).HasMaxLength(100);
            l.Property(x => x.TrackingNumber).HasMaxLength(100);
            l.Property(x => x.CarrierShipmentId).HasMaxLength(100);
            l.Property(x => x.Service).HasMaxLength(200);
            l.Property(x => x.TrackingUrl).HasMaxLength(1000);
            l.Property(x => x.LabelUrl).HasMaxLength(1000);
        });
        b.HasIndex(f => new { f.Status, f.CreatedAt, f.Id });
        b.HasMany(f => f.Rejections).WithOne().HasForeignKey(r => r.FulfilmentOrderId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(f => f.Rejections).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
