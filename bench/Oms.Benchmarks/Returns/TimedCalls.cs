using System.Diagnostics;

namespace Oms.Benchmarks.Returns;

/// <summary>What one timed batch of calls took: calls answered per second and the latency percentiles.</summary>
internal sealed record TimedResult(int Calls, int Failed, TimeSpan Elapsed, double P50Ms, double P99Ms, double MaxMs, string? FirstError)
{
    public double CallsPerSecond => (Calls - Failed) / Elapsed.TotalSeconds;
}

/// <summary>
/// N clients take the next call from a shared counter until the batch is used up (a closed loop, as <c>capture</c>'s
/// load runner): with one client the calls go one by one, and throughput is the batch over its wall time.
/// </summary>
internal static class TimedCalls
{
    public static async Task<TimedResult> RunAsync(int count, int clients, Func<int, CancellationToken, Task> call, CancellationToken ct)
    {
        var latencies = new double[count];
        var next = -1;
        var failed = 0;
        string? firstError = null;

        async Task ClientAsync()
        {
            await Task.Yield();
            for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
            {
                var start = Stopwatch.GetTimestamp();
                try
                {
                    await call(i, ct);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    if (Interlocked.Increment(ref failed) == 1) firstError = e.Message;
                }
                latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
        }

        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => ClientAsync()));
        wall.Stop();
        Array.Sort(latencies);
        return new TimedResult(count, failed, wall.Elapsed, Percentile(latencies, 0.50), Percentile(latencies, 0.99),
            latencies.Length == 0 ? 0 : latencies[^1], firstError);
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    private static double Percentile(double[] sorted, double p)
        => sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
