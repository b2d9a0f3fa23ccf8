using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oms.Domain.Common;
using Oms.Domain.Orders;
using Oms.Persistence;
using Oms.Server.Web;

namespace Oms.Server.Features.Pickups;

public sealed record PickupSweepResponse(int ExpiredLines, IReadOnlyList<string> Orders);

/// <summary>
/// Uncollected pickups expire after the configured number of days and their stock is released. Each order
/// expires in its own transaction, so one bad order cannot hold the others back.
/// </summary>
public sealed class PickupExpiry(IServiceScopeFactory scopes, TimeProvider clock)
{
    private static readonly Actor Scheduler = new("system", "pickup-expiry");

    public async Task<PickupSweepResponse> SweepAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        List<Guid> due;
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OmsDbContext>();
            due = await db.OrderLines.AsNoTracking()
                .Where(l => l.Status == LineStatus.ReadyForPickup && l.PickupExpiresAt <= now)
                .Select(l => EF.Property<Guid>(l, "OrderId")).Distinct().ToListAsync(ct);
        }

        var expired = 0;
        var numbers = new List<string>();
        foreach (var orderId in due)
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<OmsDbContext>();
            var runner = scope.ServiceProvider.GetRequiredService<CommandRunner>();
            var (count, number) = await runner.RunAsync(async token =>
            {
                var order = await Orders.OrderStore.LoadAsync(db, orderId.ToString(), token);
                var effects = order.ExpirePickups(now, Scheduler);
                await db.ApplyAsync(effects, now, token);
                return (effects.Count, order.Number);
            }, ct);
            expired += count;
            if (count > 0) numbers.Add(number);
        }
        return new PickupSweepResponse(expired, numbers);
    }

    public static void MapPickupApi(IEndpointRouteBuilder app)
        => app.MapPost("/api/pickups/expire-due", async Task<Ok<PickupSweepResponse>> (PickupExpiry expiry, CancellationToken ct)
                => TypedResults.Ok(await expiry.SweepAsync(ct)))
            .WithTags("Fulfilment").WithName("ExpireDuePickups")
            .WithSummary("Expire pickups not collected in time and release their stock (also runs on a schedule)");
}

/// <summary>Runs the pickup sweep on a timer.</summary>
public sealed partial class PickupExpiryService(PickupExpiry expiry, IOptions<OmsOptions> options, TimeProvider clock, ILogger<PickupExpiryService> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(Math.Max(1, options.Value.Pickup.SweepIntervalMinutes)), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var r = await expiry.SweepAsync(stoppingToken);
                if (r.ExpiredLines > 0) LogExpired(log, r.ExpiredLines, r.Orders.Count);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(log, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Expired {Lines} uncollected pickup line(s) on {Orders} order(s)")]
    private static partial void LogExpired(ILogger logger, int lines, int orders);

    [LoggerMessage(Level = LogLevel.Error, Message = "Pickup expiry sweep failed; it runs again at the next tick")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
