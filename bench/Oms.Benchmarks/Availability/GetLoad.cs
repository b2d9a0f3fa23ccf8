using System.Diagnostics;

namespace Oms.Benchmarks.Availability;

/// <summary>What one timed GET run gave: requests answered per second and the latency percentiles.</summary>
internal sealed record GetResult(int Requests, int Failed, TimeSpan Elapsed, double P50Ms, double P99Ms, string? FirstError)
{
    public double RequestsPerSecond => (Requests - Failed) / Elapsed.TotalSeconds;
}

/// <summary>N clients send GETs back to back (a closed loop) for a fixed time; every answer must be 200.</summary>
internal static class GetLoad
{
    public static async Task<GetResult> RunAsync(HttpClient http, Func<int, string> path, int clients, TimeSpan duration, CancellationToken ct)
    {
        var latencies = new List<double>[clients];
        var failed = 0;
        string? firstError = null;
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var counter = 0;

        async Task ClientAsync(int client)
        {
            await Task.Yield();
            var mine = latencies[client] = new List<double>(16_384);
            while (Stopwatch.GetTimestamp() < deadline)
            {
                var start = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.GetAsync(path(Interlocked.Increment(ref counter)), HttpCompletionOption.ResponseContentRead, ct);
                    if (!response.IsSuccessStatusCode && Interlocked.Increment(ref failed) == 1)
                        firstError = $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}";
                }
                catch (HttpRequestException e)
                {
                    if (Interlocked.Increment(ref failed) == 1) firstError = e.Message;
                }
                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }

        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(ClientAsync));
        wall.Stop();
        var all = latencies.SelectMany(l => l).ToArray();
        Array.Sort(all);
        return new GetResult(all.Length, failed, wall.Elapsed, Percentile(all, 0.50), Percentile(all, 0.99), firstError);
    }

    private static double Percentile(double[] sorted, double p)
        => sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
