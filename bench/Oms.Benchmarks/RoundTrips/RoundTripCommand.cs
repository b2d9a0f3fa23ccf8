using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Oms.Benchmarks.Capture;
using Oms.Benchmarks.RawSql;
using Oms.Server.Core.Outbox;

namespace Oms.Benchmarks.RoundTrips;

/// <summary>
/// Round trips to PostgreSQL per captured order, counted on the wire: orders are captured one after another through a
/// counting proxy (<see cref="WireCounter"/>), by the raw-SQL baseline, in-process and over HTTP. The OMS host behind the
/// proxy runs without its relay and scheduler, so that what is counted during an order is the order's own work; the
/// relay's work for the same orders is counted afterwards by draining the outbox, and reported per order beside it.
/// </summary>
internal static class RoundTripCommand
{
    private const int Seed = 20261124;
    private const int Warmup = 20;

    public static async Task<int> RunAsync(CaptureSettings settings, CancellationToken ct)
    {
        var orders = Math.Min(settings.Orders, 500);
        Console.WriteLine($"roundtrips: {orders} orders per mode, one at a time, {settings.Lines} lines, {(settings.Paid ? "paid" : "unpaid")}; load {Load.Now()}");
        await using var database = await BenchDatabase.CreateAsync(BenchDb.Postgres, settings.Durable, ct);
        // Migrate and seed with an ordinary host first: the counting host then starts on a ready database.
        await using (var seeding = new OmsHost(database))
            seeding.Start();
        await database.RestockAsync(ct);

        var target = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        await using var wire = new WireCounter(target.Host!, target.Port);
        var proxied = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Host = "127.0.0.1", Port = wire.Port }.ConnectionString;
        await using var host = new OmsHost(database, proxied, new Dictionary<string, string?>
        {
            ["Outbox:RelayEnabled"] = "false",
            ["Scheduler:Enabled"] = "false",
        });
        host.Start();
        using var http = new HttpClient { BaseAddress = host.Address };
        http.DefaultRequestHeaders.Add("X-Api-Key", Oms.Server.Demo.DemoAccess.Admin.Key);
        await using var dataSource = NpgsqlDataSource.Create(proxied);
        using var recorder = new StatementRecorder();
        var relay = host.Services.GetRequiredService<OutboxRelay>();

        var report = new StringBuilder();
        var rows = new List<string>();
        foreach (var mode in settings.Modes)
        {
            IOrderSink sink = mode switch
            {
                BenchMode.Http => new HttpSink(http),
                BenchMode.InProcess => new InProcessSink(host.Services),
                _ => new PostgresBaseline(dataSource, settings.Paid),
            };
            var runId = $"{mode.ToString().ToLowerInvariant()}-rt-{Guid.NewGuid().ToString("N")[..6]}";
            foreach (var order in OrderBatch.Create(runId + "-w", Warmup, Seed + 1, settings)) await sink.CaptureAsync(order, ct);
            await relay.DrainAsync(ct);
            wire.TakeTrips();

            var counts = new List<(int Trips, List<string> Wire, List<string> Statements)>();
            foreach (var order in OrderBatch.Create(runId, orders, Seed, settings))
            {
                using var activity = StatementRecorder.Source.StartActivity("bench.order") ?? throw new InvalidOperationException("No listener.");
                await sink.CaptureAsync(order, ct);
                activity.Stop();
                // The server may still be finishing its last write when the response is read: let it settle.
                await Task.Delay(5, ct);
                var trips = wire.TakeTrips();
                counts.Add((trips.Count, trips, recorder.Take(activity.TraceId)));
            }
            var before = wire.Count;
            var drained = mode == BenchMode.RawSql ? 0 : await relay.DrainAsync(ct);
            var background = (wire.Count - before) / (double)orders;
            wire.TakeTrips();

            var sorted = counts.OrderBy(c => c.Trips).ToList();
            var median = sorted[sorted.Count / 2];
            rows.Add(string.Create(CultureInfo.InvariantCulture,
                $"| {mode.ToString().ToLowerInvariant()} | {median.Trips} | {sorted[0].Trips}–{sorted[^1].Trips} | {median.Statements.Count} | {background:0.0} ({drained / (double)orders:0.0} deliveries) |"));
            report.AppendLine(CultureInfo.InvariantCulture, $"### {mode.ToString().ToLowerInvariant()}: one order, {median.Trips} round trips").AppendLine();
            report.AppendLine("Round trips as the proxy saw them:").AppendLine();
            foreach (var (t, i) in median.Wire.Select((t, i) => (t, i))) report.AppendLine(CultureInfo.InvariantCulture, $"{i + 1}. {t}");
            report.AppendLine().AppendLine("Npgsql commands and batches of the order's trace (BEGIN travels with the first; COMMIT is not traced):").AppendLine();
            foreach (var (s, i) in median.Statements.Select((s, i) => (s, i))) report.AppendLine(CultureInfo.InvariantCulture, $"{i + 1}. `{s}`");
            report.AppendLine();
            Console.WriteLine(rows[^1]);
        }

        var table = "| mode | round trips (median) | range | traced commands | relay round trips per order afterwards |\n|---|---:|---:|---:|---|\n"
            + string.Join('\n', rows);
        var text = $"""
            # Round trips per captured order (PostgreSQL), {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC

            {orders} orders per mode, one at a time, {settings.Lines} lines, {(settings.Paid ? "paid by card (sandbox)" : "unpaid")}, with an Idempotency-Key.
            Counted on the wire by a proxy; the OMS host runs without relay and scheduler while orders are captured, then its
            relay drains what they queued (last column). Load average {Load.Now()}.

            {table}

            {report}
            """;
        Console.WriteLine();
        Console.WriteLine(text);
        var file = RepositoryPaths.BenchArtifacts($"roundtrips-{DateTime.UtcNow:yyyyMMdd-HHmmss}.md");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, text, ct);
        Console.WriteLine($"Written to {file}");
        foreach (var mode in settings.Modes)
        {
            var prefix = mode.ToString().ToLowerInvariant() + "-rt";
            Console.WriteLine($"rows per order, {mode}: {await database.RowsPerOrderAsync(prefix, ct)}; timeline {await database.TimelineOfOneAsync(prefix, ct)}");
        }
        return 0;
    }
}
