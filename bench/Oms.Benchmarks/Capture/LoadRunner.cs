using Oms.Server.Web;
using Oms.Server.Core.Configuration;
using Oms.Server.Core.Contracts;
using System.Diagnostics;
using Oms.Server.Features.Orders;

namespace Oms.Benchmarks.Capture;

/// <summary>What one measured batch took.</summary>
internal sealed record LoadResult(int Orders, int Failed, TimeSpan Elapsed, double P50Ms, double P99Ms, long AllocatedBytes, string? FirstError)
{
    /// <summary>CPU time of this process (client and OMS together; SQLite too) during the batch.</summary>
    public TimeSpan ProcessCpu { get; init; }

    /// <summary>CPU time of the PostgreSQL cluster during the batch (zero on SQLite).</summary>
    public TimeSpan DatabaseCpu { get; init; }

    public double ProcessCpuMsPerOrder => ProcessCpu.TotalMilliseconds / Orders;
    public double DatabaseCpuMsPerOrder => DatabaseCpu.TotalMilliseconds / Orders;

    public double OrdersPerSecond => (Orders - Failed) / Elapsed.TotalSeconds;

    /// <summary>Process-wide (client and server together) managed allocation per order, in KB.</summary>
    public double AllocatedKbPerOrder => AllocatedBytes / 1024.0 / Orders;
}

/// <summary>
/// N clients take the next order from a shared counter until the batch is used up (a closed loop: each
/// client sends its next order when the previous one is answered), so throughput is wall time for the batch.
/// </summary>
internal static class LoadRunner
{
    public static async Task<LoadResult> RunAsync(IOrderSink sink, IReadOnlyList<CaptureOrderRequest> orders, int clients, CancellationToken ct,
        ServerCpu? server = null)
    {
        server ??= ServerCpu.None;
        var latencies = new double[orders.Count];
        var next = -1;
        var failed = 0;
        string? firstError = null;

        async Task ClientAsync()
        {
            // Start every client on a pool thread, so that none runs its first order inline on the caller.
            await Task.Yield();
            for (var i = Interlocked.Increment(ref next); i < orders.Count; i = Interlocked.Increment(ref next))
            {
                var start = Stopwatch.GetTimestamp();
                try
                {
                    await sink.CaptureAsync(orders[i], ct);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    if (Interlocked.Increment(ref failed) == 1) firstError = Describe(e);
                }
                latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
        }

        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var dbBefore = server.Now();
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => ClientAsync()));
        wall.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var db = server.Now() - dbBefore;

        Array.Sort(latencies);
        return new LoadResult(orders.Count, failed, wall.Elapsed, Percentile(latencies, 0.50), Percentile(latencies, 0.99), allocated, firstError)
        {
            ProcessCpu = cpu,
            DatabaseCpu = db,
        };
    }

    /// <summary>The exception and its inner ones, because providers wrap the error that says what happened.</summary>
    private static string Describe(Exception e)
    {
        var parts = new List<string>();
        for (Exception? x = e; x is not null; x = x.InnerException)
            parts.Add($"{x.GetType().Name}: {x.Message.ReplaceLineEndings(" ")}");
        return string.Join(" <- ", parts);
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    private static double Percentile(double[] sorted, double p)
        => sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
