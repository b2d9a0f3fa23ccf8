using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oms.Domain.Webhooks;
using Oms.Persistence.Outbox;

namespace Oms.Persistence.Configurations;

internal sealed class WebhookAttemptConfiguration : IEntityTypeConfiguration<WebhookAttempt>
{
    public void Configure(EntityTypeBuilder<WebhookAttempt> b)
    {
        b.ToTable("WebhookAttempts");
        b.HasKey(a => a.Id);
        b.Property(a => a.Id).ValueGeneratedNever();
        b.Property(a => a.EventType).HasMaxLength(100);
        b.Property(a => a.Error).HasMaxLength(WebhookAttempt.MaxError);
        // The log goes with its subscription, and with its delivery when the outbox purges delivered events.
        b.HasOne<WebhookSubscription>().WithMany().HasForeignKey(a => a.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<OutboxDelivery>().WithMany().HasForeignKey(a => a.DeliveryId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(a => new { a.DeliveryId, a.At });
        // "Has this endpoint answered at all since …": the persistent-failure check.
        b.HasIndex(a => new { a.SubscriptionId, a.Succeeded, a.At });
    }
}
