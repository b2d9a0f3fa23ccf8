using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oms.Domain.Common;
using Oms.Domain.Orders;
using Oms.Messaging.Mail;
using Oms.Persistence;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Contracts;
using Oms.Server.Core.Scheduling;

namespace Oms.Server.Features.Notifications;

/// <summary>
/// Finds pickups that expire within <c>Notifications:PickupReminderHours</c> and were not reminded of yet, and records a
/// reminder on each order's timeline (a command per order); the reminder then goes out as an e-mail through the relay.
/// The timeline entry makes it once only, whichever node sweeps. Without a mail server there is no one to remind.
/// </summary>
public sealed class PickupReminders(IServiceScopeFactory scopes, TimeProvider clock, IOptions<NotificationOptions> options,
    IOptions<SmtpOptions> smtp) : IPeriodicJob
{
    public string Name => "pickup-reminders";
    public TimeSpan Interval => TimeSpan.FromMinutes(Math.Max(1, options.Value.PickupReminderIntervalMinutes));

    public Task RunAsync(IServiceProvider services, CancellationToken ct) => SweepAsync(ct);

    public async Task<PickupReminderRunResponse> SweepAsync(CancellationToken ct)
    {
        if (!smtp.Value.IsConfigured) return new PickupReminderRunResponse(0, []);
        var now = clock.GetUtcNow().UtcDateTime;
        var by = now.AddHours(Math.Max(0, options.Value.PickupReminderHours));
        List<(Guid Id, string Number)> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OmsDbContext>();
            var reminded = db.Set<TimelineEntry>().Where(t => t.Type == Order.PickupReminderType);
            var ids = await db.OrderLines.AsNoTracking()
                .Where(l => l.Status == LineStatus.ReadyForPickup && l.PickupExpiresAt > now && l.PickupExpiresAt <= by
                    && !reminded.Any(t => t.SubjectId == l.FulfilmentOrderId))
                .Select(l => EF.Property<Guid>(l, "OrderId")).Distinct().ToListAsync(ct);
            due = [.. (await db.Orders.AsNoTracking().Where(o => ids.Contains(o.Id) && o.CustomerEmail != null)
                    .OrderBy(o => o.CreatedAt).Select(o => new { o.Id, o.Number }).ToListAsync(ct))
                .Select(o => (o.Id, o.Number))];
        }
        var count = 0;
        var numbers = new List<string>();
        foreach (var (id, number) in due)
        {
            await using var scope = scopes.CreateAsyncScope();
            var n = await scope.ServiceProvider.GetRequiredService<CommandBus>().SendAsync(new RemindPickups(id, by), Actor.System, ct);
            count += n;
            if (n > 0) numbers.Add(number);
        }
        return new PickupReminderRunResponse(count, numbers);
    }
}
