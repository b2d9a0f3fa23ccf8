using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oms.Domain.Connectors;

namespace Oms.Persistence.Configurations;

internal sealed class ConnectorConfiguration : IEntityTypeConfiguration<Connector>
{
    public void Configure(EntityTypeBuilder<Connector> b)
    {
        b.ToTable("Connectors");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.Code).HasMaxLength(50);
        b.HasIndex(c => c.Code).IsUnique();
        b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.Channel).HasMaxLength(50);
        b.HasIndex(c => c.Channel);
        b.Property(c => c.SettingsJson).HasMaxLength(20_000);
        b.Property(c => c.MappingJson).HasMaxLength(200_000);
        b.Property(c => c.ProtectedSecrets).HasMaxLength(20_000);
        b.Property(c => c.SecretNames).HasMaxLength(1000);
        b.Property(c => c.PausedReason).HasMaxLength(500);
        b.Property(c => c.Cursor).HasMaxLength(2000);
        b.Property(c => c.LastError).HasMaxLength(1000);
        b.Property(c => c.UpdatedBy).HasMaxLength(200);
    }
}

internal sealed class InboundMessageConfiguration : IEntityTypeConfiguration<InboundMessage>
{
    public void Configure(EntityTypeBuilder<InboundMessage> b)
    {
        b.ToTable("InboundMessages");
        b.HasKey(m => m.Id);
        b.Property(m => m.Id).ValueGeneratedNever();
        b.Property(m => m.Source).HasMaxLength(100);
        b.Property(m => m.MessageType).HasMaxLength(100);
        b.Property(m => m.DedupKey).HasMaxLength(300);
        b.Property(m => m.ContentType).HasMaxLength(100);
        b.Property(m => m.Body).HasMaxLength(InboundMessage.MaxBody);
        b.Property(m => m.Headers).HasMaxLength(8000);
        b.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(m => m.Reason).HasMaxLength(2000);
        b.Property(m => m.Field).HasMaxLength(200);
        b.Property(m => m.ResultType).HasMaxLength(50);
        b.Property(m => m.ResultId).HasMaxLength(100);
        // A delivery of the same message again is recognised by this pair (a unique violation on insert).
        b.HasIndex(m => new { m.Source, m.DedupKey }).IsUnique();
        // The inbox lists newest first, filtered by status; the retry sweep reads received ones oldest first.
        b.HasIndex(m => new { m.Status, m.ReceivedAt });
        b.HasIndex(m => m.ReceivedAt);
    }
}

internal sealed class ChannelAvailabilityConfiguration : IEntityTypeConfiguration<ChannelAvailability>
{
    public void Configure(EntityTypeBuilder<ChannelAvailability> b)
    {
        b.ToTable("ChannelAvailability");
        b.HasKey(p => new { p.ConnectorId, p.Sku });
        b.Property(p => p.Sku).HasMaxLength(100);
    }
}
