using System.Collections.Concurrent;
using System.Diagnostics;

namespace Oms.Benchmarks.RoundTrips;

/// <summary>
/// Records the statements Npgsql sends (one activity per command or batch, each one round trip), per trace: the benchmark
/// starts an activity per order, which flows into the server in-process and, as a traceparent header, over HTTP. Listens
/// to every source, so that ASP.NET Core and HttpClient create the activities that carry the trace across.
/// </summary>
internal sealed class StatementRecorder : IDisposable
{
    public static readonly ActivitySource Source = new("Oms.Benchmarks");

    private readonly ActivityListener _listener;
    private readonly ConcurrentDictionary<ActivityTraceId, ConcurrentQueue<string>> _byTrace = new();

    public StatementRecorder()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a =>
            {
                if (a.Source.Name != "Npgsql") return;
                var text = a.GetTagItem("db.query.text") as string ?? a.GetTagItem("db.statement") as string ?? a.DisplayName;
                _byTrace.GetOrAdd(a.TraceId, _ => new ConcurrentQueue<string>()).Enqueue(OneLine(text));
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>The statements of one trace, in the order they finished (and forgets them).</summary>
    public List<string> Take(ActivityTraceId trace) => _byTrace.TryRemove(trace, out var q) ? [.. q] : [];

    public void Dispose() => _listener.Dispose();

    private static string OneLine(string sql)
    {
        var flat = string.Join(' ', sql.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        return flat.Length > 160 ? flat[..160] + "…" : flat;
    }
}
