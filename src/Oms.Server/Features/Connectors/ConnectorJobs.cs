using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oms.Persistence;
using Oms.Server.Core.Scheduling;

namespace Oms.Server.Features.Connectors;

/// <summary>Polls the enabled pull connectors that are due (settings.pollSeconds, default 60; at once again when a page is waiting).</summary>
public sealed class ConnectorPollJob(IOptions<ConnectorOptions> options, TimeProvider clock) : IPeriodicJob
{
    private readonly ConcurrentDictionary<Guid, bool> _more = new();

    public string Name => "connector-poll";
    public TimeSpan Interval => TimeSpan.FromSeconds(Math.Max(1, options.Value.PollCheckSeconds));

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<OmsDbContext>();
        var directory = services.GetRequiredService<ConnectorDirectory>();
        var polling = services.GetRequiredService<ConnectorPolling>();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var c in await db.Connectors.AsNoTracking().Where(c => c.Enabled).ToListAsync(ct))
        {
            if (directory.Poller(c.Kind) is null) continue;
            var every = ConnectorDirectory.Settings(c)["pollSeconds"] is { } p && int.TryParse(p.ToString(), out var s) ? s : 60;
            var due = _more.GetValueOrDefault(c.Id) || c.LastPolledAt is null || c.LastPolledAt.Value.AddSeconds(every) <= now
                || c.ConsecutiveErrors > 0 && c.LastErrorAt!.Value.AddSeconds(Math.Min(900, every * Math.Pow(2, Math.Min(6, c.ConsecutiveErrors)))) <= now;
            if (!due) continue;
            var result = await polling.PollAsync(db, c, ct);
            _more[c.Id] = result.More;
        }
    }
}

/// <summary>Pushes available-to-sell changes to every enabled connector's channel.</summary>
public sealed partial class AvailabilityPushJob(IOptions<ConnectorOptions> options, ILogger<AvailabilityPushJob> log) : IPeriodicJob
{
    public string Name => "availability-push";
    public TimeSpan Interval => TimeSpan.FromSeconds(Math.Max(1, options.Value.AvailabilitySeconds));

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<OmsDbContext>();
        var push = services.GetRequiredService<AvailabilityPush>();
        foreach (var c in await db.Connectors.AsNoTracking().Where(c => c.Enabled).ToListAsync(ct))
        {
            // A channel's refusal is recorded in the connector's health by the push itself.
            if ((await push.PushAsync(db, c, full: false, ct)).Error is { } error) LogFailed(log, c.Code, error);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Available-to-sell not pushed to connector {Connector}: {Reason}")]
    private static partial void LogFailed(ILogger logger, string connector, string reason);
}
