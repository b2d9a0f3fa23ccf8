using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oms.Persistence;
using Oms.Persistence.Outbox;
using Oms.Server.Core.Outbox;

namespace Oms.Server.Tests.Infrastructure;

/// <summary>Waits until the after-commit work of earlier commands is done: nothing in the outbox is due, here or on the background relay.</summary>
public static class OutboxQuiet
{
    public static async Task WaitAsync(OmsFixture fx, TimeSpan? atMost = null)
    {
        var relay = fx.Services.GetRequiredService<OutboxRelay>();
        var until = DateTime.UtcNow + (atMost ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < until)
        {
            await relay.DrainAsync(CancellationToken.None);
            using var scope = fx.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<OmsDbContext>();
            var now = fx.Clock.GetUtcNow().UtcDateTime;
            if (!await db.OutboxDeliveries.AnyAsync(d => d.Status == DeliveryStatus.Pending && d.DueAt <= now)) return;
            await Task.Delay(5);
        }
    }
}
