using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oms.Domain.Tracking;

namespace Oms.Persistence.Configurations;

/// <summary>Carrier tracking webhooks as received; one row per carrier event id (a repeat is recognised by the unique index).</summary>
internal sealed class CarrierMessageConfiguration : IEntityTypeConfiguration<CarrierMessage>
{
    public void Configure(EntityTypeBuilder<CarrierMessage> b)
    {
        b.ToTable("CarrierMessages");
        b.HasKey(m => m.Id);
        b.Property(m => m.Id).ValueGeneratedNever();
        b.Property(m => m.Carrier).HasMaxLength(64);
        b.Property(m => m.Status).HasMaxLength(64);
        b.Property(m => m.CarrierStatus).HasMaxLength(300);
        b.Property(m => m.Outcome).HasConversion<string>().HasMaxLength(32);
        b.Property(m => m.Reason).HasMaxLength(1000);
        b.Property(m => m.Body).HasMaxLength(CarrierMessage.MaxBody);
        b.HasIndex(m => new { m.Carrier, m.EventId }).IsUnique();
        b.HasIndex(m => new { m.Outcome, m.ReceivedAt });
        b.HasIndex(m => m.TrackingNumber);
        b.HasIndex(m => m.ShipmentId);
    }
}
