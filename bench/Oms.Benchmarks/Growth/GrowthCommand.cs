using System.Globalization;
using System.Text;
using Npgsql;
using Oms.Benchmarks.Capture;
using Oms.Benchmarks.RawSql;

namespace Oms.Benchmarks.Growth;

/// <summary>
/// Does capture slow down as orders pile up? For each database: capture on a fresh database, then store
/// <see cref="CaptureSettings.Prefill"/> orders (100,000 by default), then capture again with the same clients and modes.
/// </summary>
internal static class GrowthCommand
{
    private const int Seed = 20261125;

    public static async Task<int> RunAsync(CaptureSettings settings, CancellationToken ct)
    {
        IReadOnlyList<int> clients = ReferenceEquals(settings.Clients, CaptureSettings.Default.Clients) ? [8] : settings.Clients;
        IReadOnlyList<BenchMode> modes = ReferenceEquals(settings.Modes, CaptureSettings.Default.Modes) ? [BenchMode.RawSql, BenchMode.Http] : settings.Modes;
        Console.WriteLine($"growth: {settings.Prefill} orders stored between the runs, clients {string.Join(',', clients)}, {settings.Orders} orders per run; load {Load.Now()}");
        var rows = new List<string>();
        var problems = new List<string>();
        foreach (var db in settings.Databases)
        {
            await using var database = await BenchDatabase.CreateAsync(db, settings.Durable, ct);
            await using var host = new OmsHost(database);
            host.Start();
            using var http = new HttpClient { BaseAddress = host.Address };
            http.DefaultRequestHeaders.Add("X-Api-Key", Oms.Server.Demo.DemoAccess.Admin.Key);
            await using var postgres = db == BenchDb.Postgres ? NpgsqlDataSource.Create(database.ConnectionString) : null;
            IOrderSink Sink(BenchMode mode) => mode switch
            {
                BenchMode.Http => new HttpSink(http),
                BenchMode.InProcess => new InProcessSink(host.Services),
                _ when postgres is not null => new PostgresBaseline(postgres, settings.Paid),
                _ => new SqliteBaseline(database.ConnectionString, settings.Paid),
            };
            var empty = new Dictionary<(BenchMode, int), LoadResult>();
            foreach (var c in clients)
            {
                foreach (var mode in modes)
                    empty[(mode, c)] = await MeasureAsync(database, Sink(mode), $"{mode}-empty-{c}", c, settings, problems, ct);
            }
            var before = await database.CountOrdersAsync(ct);
            Console.WriteLine($"[{db}] storing {settings.Prefill} orders...");
            var started = System.Diagnostics.Stopwatch.StartNew();
            await Prefill.RunAsync(database, settings.Prefill, settings, ct);
            var stored = await database.CountOrdersAsync(ct);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{db}] {stored - before} orders stored in {started.Elapsed.TotalSeconds:0} s ({stored} in all)"));
            foreach (var c in clients)
            {
                foreach (var mode in modes)
                {
                    var full = await MeasureAsync(database, Sink(mode), $"{mode}-full-{c}", c, settings, problems, ct);
                    var e = empty[(mode, c)];
                    var row = string.Create(CultureInfo.InvariantCulture,
                        $"| {db.ToString().ToLowerInvariant()} | {mode.ToString().ToLowerInvariant()} | {c} | {e.OrdersPerSecond:0} | {e.P99Ms:0.0} | {stored:N0} | {full.OrdersPerSecond:0} | {full.P99Ms:0.0} | {full.OrdersPerSecond / e.OrdersPerSecond:0.00}x | {e.ProcessCpuMsPerOrder:0.00} / {full.ProcessCpuMsPerOrder:0.00} | {e.DatabaseCpuMsPerOrder:0.00} / {full.DatabaseCpuMsPerOrder:0.00} |");
                    Console.WriteLine(row);
                    rows.Add(row);
                }
            }
        }
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"# Capture on a full database against an empty one, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC").AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"`growth --prefill {settings.Prefill} --clients {string.Join(',', clients)} --orders {settings.Orders}`; {Environment.ProcessorCount} cores, load average at the end {Load.Now()}.")
            .AppendLine(CultureInfo.InvariantCulture, $"Stored orders spread over the last {Prefill.Days} days, postcodes as the captured orders'; PostgreSQL {(settings.Durable ? "durable" : "without fsync")}, analysed after the fill.").AppendLine()
            .AppendLine("| db | mode | clients | empty: orders/s | p99 ms | orders stored | full: orders/s | p99 ms | full vs empty | app CPU ms/order empty / full | PG CPU ms/order empty / full |")
            .AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var row in rows) text.AppendLine(row);
        foreach (var p in problems) text.AppendLine("- PROBLEM: " + p);
        Console.WriteLine();
        Console.Write(text);
        var file = RepositoryPaths.BenchArtifacts($"growth-{DateTime.UtcNow:yyyyMMdd-HHmmss}.md");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, text.ToString(), ct);
        Console.WriteLine($"Written to {file}");
        return problems.Count == 0 ? 0 : 1;
    }

    private static async Task<LoadResult> MeasureAsync(BenchDatabase database, IOrderSink sink, string runId, int clients, CaptureSettings settings,
        List<string> problems, CancellationToken ct)
    {
        await database.RestockAsync(ct);
        var id = $"{runId.ToLowerInvariant()}-{Guid.NewGuid().ToString("N")[..6]}";
        await LoadRunner.RunAsync(sink, OrderBatch.Create(id + "-w", settings.Warmup, Seed + 1, settings), clients, ct);
        GC.Collect();
        var result = await LoadRunner.RunAsync(sink, OrderBatch.Create(id, settings.Orders, Seed, settings), clients, ct, database.Cpu);
        if (result.Failed > 0) problems.Add($"{runId}: {result.Failed} order(s) failed, first: {result.FirstError}");
        return result;
    }
}
