using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Oms.Persistence;

namespace Oms.Server.Features.Kpis;

/// <summary>
/// Near-real-time KPI snapshots, one per resolved filter, on each node: a request is answered from a snapshot no older than
/// <see cref="KpiOptions.MaxAgeSeconds"/> (or than the request's <c>Cache-Control: max-age</c>; <c>no-cache</c> asks for
/// figures computed after it arrived), else the figures are computed and kept. Requests for the same filter while it is
/// being computed share that computation; a failed computation is not kept. Only reads: every node keeps its own.
/// </summary>
public sealed class KpiCache(IServiceScopeFactory scopes, TimeProvider clock, IOptions<KpiOptions> options,
    IHostApplicationLifetime lifetime)
{
    private readonly ConcurrentDictionary<KpiFilter, Snapshot> _snapshots = new();

    /// <summary>One computation of a filter's figures: started (monotonic timestamp) and its result when done.</summary>
    private sealed class Snapshot
    {
        public long Started { get; } = Stopwatch.GetTimestamp();
        public TaskCompletionSource<KpiReport> Figures { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    public TimeSpan MaxAge => TimeSpan.FromSeconds(Math.Max(0, options.Value.MaxAgeSeconds));

    /// <summary>How old figures this request accepts: the configured freshness, less if its <c>Cache-Control</c> says so.</summary>
    public TimeSpan MaxAgeFor(HttpRequest request)
    {
        var maxAge = MaxAge;
        if (!CacheControlHeaderValue.TryParse(request.Headers.CacheControl.ToString(), out var cc) || cc is null) return maxAge;
        if (cc.NoCache) return TimeSpan.Zero;
        return cc.MaxAge is { } asked && asked < maxAge ? asked : maxAge;
    }

    /// <summary>The figures for <paramref name="filter"/>, computed at most <paramref name="maxAge"/> ago (zero: after this call began).</summary>
    internal async Task<KpiReport> GetAsync(KpiFilter filter, TimeSpan maxAge, CancellationToken ct)
    {
        var asked = Stopwatch.GetTimestamp();
        while (true)
        {
            _snapshots.TryGetValue(filter, out var known);
            if (known is not null)
            {
                var figures = known.Figures.Task;
                if (!figures.IsCompleted && (maxAge > TimeSpan.Zero || known.Started >= asked)) return await figures.WaitAsync(ct);
                if (figures.IsCompletedSuccessfully && maxAge > TimeSpan.Zero
                    && clock.GetUtcNow().UtcDateTime - figures.Result.AsOf <= maxAge) return figures.Result;
            }
            var mine = new Snapshot();
            var won = known is null ? _snapshots.TryAdd(filter, mine) : _snapshots.TryUpdate(filter, mine, known);
            if (!won) continue;
            Trim();
            // The computation is shared: it runs on its own scope and without the request's context or cancellation.
            using (ExecutionContext.SuppressFlow()) _ = Task.Run(() => ComputeAsync(filter, mine), CancellationToken.None);
            return await mine.Figures.Task.WaitAsync(ct);
        }
    }

    private async Task ComputeAsync(KpiFilter filter, Snapshot snapshot)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<OmsDbContext>();
            var asOf = clock.GetUtcNow().UtcDateTime;
            snapshot.Figures.SetResult(await KpiSql.RunAsync(db, filter, asOf, lifetime.ApplicationStopping));
        }
        catch (Exception e)
        {
            // Not kept: the next request computes again.
            _snapshots.TryRemove(new KeyValuePair<KpiFilter, Snapshot>(filter, snapshot));
            if (e is OperationCanceledException) snapshot.Figures.SetCanceled(lifetime.ApplicationStopping);
            else snapshot.Figures.SetException(e);
        }
    }

    /// <summary>Beyond <see cref="KpiOptions.MaxEntries"/> filters, the snapshots started longest ago are dropped.</summary>
    private void Trim()
    {
        var excess = _snapshots.Count - Math.Max(1, options.Value.MaxEntries);
        if (excess <= 0) return;
        foreach (var old in _snapshots.ToArray().OrderBy(s => s.Value.Started).Take(excess)) _snapshots.TryRemove(old);
    }

    /// <summary>How many filters have a snapshot (or one being computed) on this node.</summary>
    internal int Count => _snapshots.Count;
}
