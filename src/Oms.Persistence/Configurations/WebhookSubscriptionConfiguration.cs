using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oms.Domain.Webhooks;

namespace Oms.Persistence.Configurations;

internal sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> b)
    {
        b.ToTable("WebhookSubscriptions");
        b.HasKey(s => s.Id);
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.Url).HasMaxLength(2000);
        b.Property(s => s.EventTypes).HasMaxLength(2000);
        b.Property(s => s.Secret).HasMaxLength(200);
        b.Property(s => s.Description).HasMaxLength(500);
        b.Property(s => s.DisabledReason).HasMaxLength(1000);
        b.Ignore(s => s.Types);
        // The fan-out reads the enabled subscriptions for every published event.
        b.HasIndex(s => s.Enabled);
        b.HasIndex(s => s.CreatedAt);
    }
}
