using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oms.Domain.Returns;

namespace Oms.Persistence.Configurations;

/// <summary>
/// The carrier columns of a return order (ReturnOrder.Carrier.cs): label, collection and the parcel's last status. A
/// return is found by its tracking number when the carrier's tracking webhook arrives.
/// </summary>
internal sealed class ReturnCarrierConfiguration : IEntityTypeConfiguration<ReturnOrder>
{
    public void Configure(EntityTypeBuilder<ReturnOrder> b)
    {
        b.Property(r => r.Carrier).HasMaxLength(ReturnOrder.MaxCarrierText);
        b.Property(r => r.TrackingNumber).HasMaxLength(ReturnOrder.MaxCarrierText);
        b.Property(r => r.TrackingUrl).HasMaxLength(ReturnOrder.MaxCarrierText);
        b.Property(r => r.LabelUrl).HasMaxLength(ReturnOrder.MaxCarrierText);
        b.Property(r => r.CarrierShipmentId).HasMaxLength(ReturnOrder.MaxCarrierText);
        b.Property(r => r.CollectionId).HasMaxLength(ReturnOrder.MaxCarrierText);
        b.Property(r => r.LabelFailure).HasMaxLength(1000);
        b.Property(r => r.ParcelStatus).HasConversion<string>().HasMaxLength(32);
        b.HasIndex(r => r.TrackingNumber);
    }
}
