using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Oms.Server.Core.Telemetry;

/// <summary>
/// The OMS's own traces and metrics, exported through OpenTelemetry beside ASP.NET Core's and Npgsql's: a span per command
/// and per outbox delivery; orders captured per channel; outbox deliveries done, retried and dead-lettered per handler
/// (webhook failures among them); the outbox's backlog and the age of its oldest due delivery (lag).
/// </summary>
public static class OmsTelemetry
{
    public const string Name = "Oms";

    public static readonly ActivitySource Source = new(Name);
    public static readonly Meter Meter = new(Name);

    public static readonly Counter<long> OrdersCaptured = Meter.CreateCounter<long>("oms.orders.captured", "{order}",
        "Orders captured, by channel.");
    public static readonly Counter<long> CommandsRetried = Meter.CreateCounter<long>("oms.commands.retried", "{attempt}",
        "Command attempts that lost a race and ran again.");
    public static readonly Counter<long> Deliveries = Meter.CreateCounter<long>("oms.outbox.deliveries", "{delivery}",
        "Outbox deliveries handled, by handler and outcome (done, retry, dead).");

    private static long _backlog;
    private static double _lagSeconds;

    static OmsTelemetry()
    {
        Meter.CreateObservableGauge("oms.outbox.backlog", () => Interlocked.Read(ref _backlog), "{delivery}",
            "Outbox deliveries pending now.");
        Meter.CreateObservableGauge("oms.outbox.lag", () => Volatile.Read(ref _lagSeconds), "s", "Age of the oldest due outbox delivery.");
    }

    /// <summary>The relay reports what it last saw of the outbox.</summary>
    public static void ObserveOutbox(long backlog, double lagSeconds)
    {
        Interlocked.Exchange(ref _backlog, backlog);
        Volatile.Write(ref _lagSeconds, lagSeconds);
    }
}
