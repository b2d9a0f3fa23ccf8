using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oms.Benchmarks.Capture;
using Oms.Benchmarks.RawSql;
using Oms.Persistence;
using Oms.Server.Core.Outbox;

namespace Oms.Benchmarks.RoundTrips;

/// <summary>
/// The SQLite side of <c>roundtrips</c>: statements per captured order, counted by SQLite's trace hook
/// (<see cref="SqliteStatementCounter"/>), orders one at a time, the OMS host without relay and scheduler while they are
/// captured; the relay's statements for the same orders are counted afterwards by draining the outbox.
/// </summary>
internal static class SqliteStatementCommand
{
    private const int Seed = 20261124;
    private const int Warmup = 20;

    public static async Task<int> RunAsync(CaptureSettings settings, CancellationToken ct)
    {
        var orders = Math.Min(settings.Orders, 500);
        Console.WriteLine($"roundtrips (sqlite): {orders} orders per mode, one at a time, {settings.Lines} lines, {(settings.Paid ? "paid" : "unpaid")}; load {Load.Now()}");
        await using var database = await BenchDatabase.CreateAsync(BenchDb.Sqlite, settings.Durable, ct);
        await using (var seeding = new OmsHost(database))
            seeding.Start();
        await database.RestockAsync(ct);

        var counter = new SqliteStatementCounter();
        await using var host = new OmsHost(database, null, new Dictionary<string, string?>
        {
            ["Outbox:RelayEnabled"] = "false",
            ["Scheduler:Enabled"] = "false",
        }, s => s.ConfigureDbContext<SqliteOmsDbContext>(o => o.AddInterceptors(counter)));
        host.Start();
        using var http = new HttpClient { BaseAddress = host.Address };
        http.DefaultRequestHeaders.Add("X-Api-Key", Oms.Server.Demo.DemoAccess.Admin.Key);
        using var recorder = new StatementRecorder(); // its listener makes the activities that carry the trace into the server
        var relay = host.Services.GetRequiredService<OutboxRelay>();

        var rows = new List<string>();
        var report = new StringBuilder();
        foreach (var mode in settings.Modes)
        {
            IOrderSink sink = mode switch
            {
                BenchMode.Http => new HttpSink(http),
                BenchMode.InProcess => new InProcessSink(host.Services),
                _ => new SqliteBaseline(database.ConnectionString, settings.Paid, counter.Hook),
            };
            var runId = $"{mode.ToString().ToLowerInvariant()}-st-{Guid.NewGuid().ToString("N")[..6]}";
            foreach (var order in OrderBatch.Create(runId + "-w", Warmup, Seed + 1, settings)) await sink.CaptureAsync(order, ct);
            await relay.DrainAsync(ct);

            var counts = new List<List<string>>();
            foreach (var order in OrderBatch.Create(runId, orders, Seed, settings))
            {
                using var activity = StatementRecorder.Source.StartActivity("bench.order") ?? throw new InvalidOperationException("No listener.");
                await sink.CaptureAsync(order, ct);
                activity.Stop();
                await Task.Delay(5, ct);
                counts.Add(counter.Take(activity.TraceId));
            }
            var relayStatements = 0;
            var drained = 0;
            if (mode != BenchMode.RawSql)
            {
                using var drain = StatementRecorder.Source.StartActivity("bench.drain") ?? throw new InvalidOperationException("No listener.");
                drained = await relay.DrainAsync(ct);
                drain.Stop();
                relayStatements = counter.Take(drain.TraceId).Count;
            }
            var sorted = counts.OrderBy(c => c.Count).ToList();
            var median = sorted[sorted.Count / 2];
            rows.Add(string.Create(CultureInfo.InvariantCulture,
                $"| {mode.ToString().ToLowerInvariant()} | {median.Count} | {sorted[0].Count}–{sorted[^1].Count} | {relayStatements / (double)orders:0.0} ({drained / (double)orders:0.0} deliveries) |"));
            report.AppendLine(CultureInfo.InvariantCulture, $"### {mode.ToString().ToLowerInvariant()}: one order, {median.Count} statements").AppendLine();
            foreach (var (s, i) in median.Select((s, i) => (s, i))) report.AppendLine(CultureInfo.InvariantCulture, $"{i + 1}. `{s}`");
            report.AppendLine();
            Console.WriteLine(rows[^1]);
        }
        var text = $"""
            # Statements per captured order (SQLite), {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC

            {orders} orders per mode, one at a time, {settings.Lines} lines, {(settings.Paid ? "paid by card (sandbox)" : "unpaid")}, with an Idempotency-Key.
            Counted by SQLite's trace hook (BEGIN, COMMIT and the two pragmas run at each connection open included); the OMS host runs
            without relay and scheduler while orders are captured, then its relay drains what they queued (last column).
            Load average {Load.Now()}.

            | mode | statements (median) | range | relay statements per order afterwards |
            |---|---:|---:|---|
            {string.Join('\n', rows)}

            {report}
            """;
        Console.WriteLine();
        Console.WriteLine(text);
        var file = RepositoryPaths.BenchArtifacts($"statements-sqlite-{DateTime.UtcNow:yyyyMMdd-HHmmss}.md");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, text, ct);
        Console.WriteLine($"Written to {file}");
        return 0;
    }
}
