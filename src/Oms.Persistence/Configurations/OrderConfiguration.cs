using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oms.Domain.Orders;

namespace Oms.Persistence.Configurations;

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> b)
    {
        b.ToTable("Orders");
        b.HasKey(o => o.Id);
        b.Property(o => o.Id).ValueGeneratedNever();
        b.Property(o => o.Version).IsConcurrencyToken();
        b.Property(o => o.Currency).HasMaxLength(3);
        b.Property(o => o.RequestHash).HasMaxLength(64);
        b.HasIndex(o => o.Number).IsUnique();
        // Capture is idempotent on the channel's own order id.
        b.HasIndex(o => new { o.ChannelCode, o.ChannelOrderId }).IsUnique();
        // Search and the fraud checks read by customer, e-mail, phone and postcode; lists page by (CreatedAt, Id).
        b.HasIndex(o => new { o.CustomerEmail, o.CreatedAt });
        b.HasIndex(o => new { o.CustomerId, o.CreatedAt });
        b.HasIndex(o => new { o.CustomerPhone, o.CreatedAt });
        b.HasIndex(o => new { o.Status, o.CreatedAt, o.Id });
        b.HasIndex(o => new { o.CreatedAt, o.Id });
        b.Ignore(o => o.Subtotal);
        b.Ignore(o => o.TaxTotal);
        b.Ignore(o => o.Total);
        b.Ignore(o => o.Balance);
        b.Property(o => o.WorkflowId).HasMaxLength(120);
        b.ComplexProperty(o => o.ShippingAddress, a => a.Ignore(x => x.Point));
        b.ComplexProperty(o => o.BillingAddress, a => a.Ignore(x => x.Point));

        b.HasMany(o => o.Lines).WithOne().HasForeignKey("OrderId").OnDelete(DeleteBehavior.Cascade);
        b.HasMany(o => o.FulfilmentOrders).WithOne().HasForeignKey(f => f.OrderId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(o => o.Shipments).WithOne().HasForeignKey(s => s.OrderId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(o => o.Timeline).WithOne().HasForeignKey(t => t.OrderId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(o => o.SourcingDecisions).WithOne().HasForeignKey(d => d.OrderId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(o => o.SourcingDecisions).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(o => o.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(o => o.FulfilmentOrders).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(o => o.Shipments).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(o => o.Timeline).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

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
        b.ComplexProperty(l => l.ShippingAddress, a => a.Ignore(x => x.Point));
        b.HasIndex(l => l.Sku);
        // The pickup-expiry sweep looks for staged lines past their date.
        b.HasIndex(l => new { l.Status, l.PickupExpiresAt });
    }
}

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
        b.HasIndex(f => new { f.Status, f.CreatedAt, f.Id });
        b.HasMany(f => f.Rejections).WithOne().HasForeignKey(r => r.FulfilmentOrderId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(f => f.Rejections).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class FulfilmentRejectionConfiguration : IEntityTypeConfiguration<FulfilmentRejection>
{
    public void Configure(EntityTypeBuilder<FulfilmentRejection> b)
    {
        b.ToTable("FulfilmentRejections");
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.Reason).HasMaxLength(1000);
    }
}

internal sealed class ShipmentConfiguration : IEntityTypeConfiguration<Shipment>
{
    public void Configure(EntityTypeBuilder<Shipment> b)
    {
        b.ToTable("Shipments");
        b.HasKey(s => s.Id);
        b.Property(s => s.Id).ValueGeneratedNever();
        b.HasIndex(s => s.TrackingNumber);
    }
}

internal sealed class SourcingDecisionConfiguration : IEntityTypeConfiguration<SourcingDecision>
{
    public void Configure(EntityTypeBuilder<SourcingDecision> b)
    {
        b.ToTable("SourcingDecisions");
        b.HasKey(d => d.Id);
        b.Property(d => d.Id).ValueGeneratedNever();
        b.Property(d => d.Summary).HasMaxLength(2000);
        b.Property(d => d.Explanation).HasMaxLength(-1);
        b.HasIndex(d => new { d.OrderId, d.At });
    }
}

internal sealed class TimelineEntryConfiguration : IEntityTypeConfiguration<TimelineEntry>
{
    public void Configure(EntityTypeBuilder<TimelineEntry> b)
    {
        b.ToTable("OrderTimeline");
        b.HasKey(t => t.Id);
        b.Property(t => t.Id).ValueGeneratedNever();
        b.Property(t => t.Message).HasMaxLength(2000);
        b.HasIndex(t => new { t.OrderId, t.Sequence }).IsUnique();
    }
}
