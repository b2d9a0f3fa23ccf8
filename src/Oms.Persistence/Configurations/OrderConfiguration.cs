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
        // Search finds partly and fully returned orders.
        b.Property(o => o.ReturnState).HasConversion<string>().HasMaxLength(32);
        b.HasIndex(o => new { o.ReturnState, o.CreatedAt, o.Id });
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
