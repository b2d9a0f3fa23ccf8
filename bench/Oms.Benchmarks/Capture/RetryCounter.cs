using System.Diagnostics.Metrics;
using Oms.Server.Core.Telemetry;

namespace Oms.Benchmarks.Capture;

/// <summary>
/// Counts the OMS's <c>oms.commands.retried</c> measurements: one per command attempt that lost a race (a unique index, a
/// deadlock, stock taken meanwhile, SQLITE_BUSY) and ran again. Retries are expected under contention; the count shows how
/// much of a run they were.
/// </summary>
internal sealed class RetryCounter : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _count;

    public RetryCounter()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == OmsTelemetry.Name && instrument.Name == "oms.commands.retried") listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref _count, value));
        _listener.Start();
    }

    /// <summary>Retries since the last call.</summary>
    public long Take() => Interlocked.Exchange(ref _count, 0);

    public void Dispose() => _listener.Dispose();
}
