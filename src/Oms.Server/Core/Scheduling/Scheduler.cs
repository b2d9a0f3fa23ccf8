using Microsoft.Extensions.Options;
using Oms.Persistence;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Outbox;

namespace Oms.Server.Core.Scheduling;

/// <summary>
/// Runs the periodic sweeps (pickup expiry, due releases, back-order runs, outbox purge) on every node, each sweep on
/// one node at a time: a node runs a sweep only after it took the sweep's lease for one interval.
/// </summary>
public sealed partial class Scheduler(
    IServiceScopeFactory scopes,
    IEnumerable<IPeriodicJob> jobs,
    OutboxRelay relay,
    WriteGate gate,
    IOptions<SchedulerOptions> options,
    TimeProvider clock,
    ILogger<Scheduler> log) : BackgroundService
{
    private readonly Dictionary<string, DateTime> _nextRun = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        using var timer = new PeriodicTimer(options.Value.Tick, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var job in jobs)
            {
                var now = clock.GetUtcNow().UtcDateTime;
                if (_nextRun.TryGetValue(job.Name, out var next) && next > now) continue;
                _nextRun[job.Name] = now + job.Interval;
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var db = scope.ServiceProvider.GetRequiredService<OmsDbContext>();
                    bool mine;
                    using (await gate.EnterAsync(db, stoppingToken))
                        mine = await LeaseStore.TryAcquireAsync(db, job.Name, relay.Node, now, now + job.Interval, stoppingToken);
                    if (mine) await job.RunAsync(scope.ServiceProvider, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    LogFailed(log, ex, job.Name);
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Sweep {Job} failed; it runs again at its next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception, string job);
}
