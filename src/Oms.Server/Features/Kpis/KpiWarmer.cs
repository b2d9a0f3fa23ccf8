using Microsoft.Extensions.Options;

namespace Oms.Server.Features.Kpis;

/// <summary>
/// Keeps the dashboard's default figures (the last 30 days, every channel and location, the default service levels) fresh
/// on this node, so that the first person to open the dashboard finds them computed: at start and then every half of
/// <see cref="KpiOptions.MaxAgeSeconds"/>, unless someone's request computed them more recently. It only reads, so every
/// node may run it; <c>Oms:Kpis:WarmDefault=false</c> turns it off.
/// </summary>
public sealed partial class KpiWarmer(KpiCache cache, IOptions<KpiOptions> options, TimeProvider clock, ILogger<KpiWarmer> log)
    : BackgroundService
{
    /// <summary>The dashboard's default filter at <paramref name="now"/>, as <c>GET /api/kpis</c> without a query resolves it.</summary>
    internal static KpiFilter DefaultFilter(DateTime now) => new KpiQuery(null, null, null, null, null, null).Resolve(now);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WarmDefault || options.Value.MaxAgeSeconds <= 0) return;
        var interval = TimeSpan.FromSeconds(Math.Max(1, options.Value.MaxAgeSeconds / 2.0));
        using var timer = new PeriodicTimer(interval, clock);
        try
        {
            do
            {
                try
                {
                    await cache.GetAsync(DefaultFilter(clock.GetUtcNow().UtcDateTime), interval, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    // The database may be away for a moment; the next round tries again.
                    LogFailed(log, e);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Computing the dashboard's default KPIs failed; trying again at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
