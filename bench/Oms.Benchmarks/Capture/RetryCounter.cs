using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Oms.Benchmarks.Capture;

/// <summary>
/// A logger provider that counts what CommandRunner logs at Information: one entry per command that lost a
/// race (a unique index, a deadlock, SQLITE_BUSY) and ran again. Retries are expected under contention;
/// the count shows how much of a run they were.
/// </summary>
internal sealed class RetryCounter : ILoggerProvider
{
    private const string Category = "Oms.Server.Web.CommandRunner";
    private long _count;

    /// <summary>Retries since the last call.</summary>
    public long Take() => Interlocked.Exchange(ref _count, 0);

    public ILogger CreateLogger(string categoryName)
        => categoryName == Category ? new Counting(this) : NullLogger.Instance;

    public void Dispose()
    {
    }

    private sealed class Counting(RetryCounter owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel == LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == LogLevel.Information) Interlocked.Increment(ref owner._count);
        }
    }
}
