using System.Globalization;
using System.Runtime.InteropServices;
using Npgsql;
using Oms.Benchmarks.RawSql;

namespace Oms.Benchmarks.Capture;

/// <summary>
/// Orders captured per second: for each database, one fresh database and one OMS host; for each client
/// count, each mode in turn (baseline first) on the same schema, with stock topped up and a warm-up before
/// every measured batch. Modes alternate per client count, so slow drift (a busy machine, a growing
/// database) spreads over all modes instead of punishing the last.
/// </summary>
internal static class CaptureCommand
{
    private const int Seed = 20261123;

    public static async Task<int> RunAsync(CaptureSettings settings, CancellationToken ct)
    {
        Console.WriteLine($"capture: clients {string.Join(',', settings.Clients)}, {settings.Orders} orders per run (+{settings.Warmup} warm-up), "
            + $"db {string.Join(',', settings.Databases)}, modes {string.Join(',', settings.Modes)}, "
            + $"{settings.Lines} lines {(settings.RandomLineOrder ? "in random order" : "in SKU order")}, {(settings.Paid ? "paid by card" : "unpaid")}, "
            + $"PostgreSQL {(settings.Durable ? "durable" : "without fsync")}; {Environment.ProcessorCount} cores, load {Load.Now()}");
        var rows = new List<ResultRow>();
        var problems = new List<string>();
        foreach (var db in settings.Databases)
            await RunDatabaseAsync(db, settings, rows, problems, ct);

        var final = ResultTable.WithRatios(rows);
        Console.WriteLine();
        Console.Write(ResultTable.PlainText(final));
        foreach (var problem in problems) Console.WriteLine("PROBLEM: " + problem);
        var file = await WriteMarkdownAsync(settings, final, problems, ct);
        Console.WriteLine($"Written to {file}");
        return problems.Count == 0 ? 0 : 1;
    }

    private static async Task RunDatabaseAsync(BenchDb db, CaptureSettings settings, List<ResultRow> rows, List<string> problems, CancellationToken ct)
    {
        Console.WriteLine($"[{db}] creating database and starting the OMS (migrate + seed)...");
        if (db == BenchDb.Postgres)
            Console.WriteLine($"[{db}] (EF Core logs one failed SELECT from __EFMigrationsHistory while migrating an empty database: expected)");
        await using var database = await BenchDatabase.CreateAsync(db, settings.Durable, ct);
        await using var host = new OmsHost(database);
        host.Start();
        using var http = new HttpClient { BaseAddress = host.Address };
        http.DefaultRequestHeaders.Add("X-Api-Key", Oms.Server.Demo.DemoAccess.Admin.Key);
        await using var postgres = db == BenchDb.Postgres ? NpgsqlDataSource.Create(database.ConnectionString) : null;
        var ordersBefore = await database.CountOrdersAsync(ct);
        var captured = 0L;

        foreach (var clients in settings.Clients)
        {
            foreach (var mode in settings.Modes)
            {
                IOrderSink sink = mode switch
                {
                    BenchMode.Http => new HttpSink(http),
                    BenchMode.InProcess => new InProcessSink(host.Services),
                    _ when postgres is not null => new PostgresBaseline(postgres, settings.Paid),
                    _ => new SqliteBaseline(database.ConnectionString, settings.Paid),
                };
                var (row, warmup) = await MeasureAsync(db, mode, clients, sink, database, host, settings, ct);
                rows.Add(row);
                captured += warmup.Orders - warmup.Failed + row.Load.Orders - row.Load.Failed;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"[{db}] {mode,-9} clients {clients,3}: {row.Load.OrdersPerSecond,7:0} orders/s, p50 {row.Load.P50Ms:0.0} ms, p99 {row.Load.P99Ms:0.0} ms, retries {row.Retries}"));
                foreach (var (what, result) in new[] { ("warm-up", warmup), ("run", row.Load) })
                {
                    if (result.Failed > 0)
                        problems.Add($"{db} {mode} {clients} clients: {result.Failed} {what} order(s) failed, first: {result.FirstError}");
                }
            }
        }

        // Proof that the runs measured what they claim: every order stored, every line reserved stock.
        var stored = await database.CountOrdersAsync(ct) - ordersBefore;
        if (stored != captured) problems.Add($"{db}: {captured} orders captured, but {stored} stored.");
        var unallocated = await database.CountUnallocatedLinesAsync(ct);
        if (unallocated > 0) problems.Add($"{db}: {unallocated} order line(s) are not allocated (back-ordered?).");
        Console.WriteLine($"[{db}] {stored} orders stored, {unallocated} lines not allocated");
        await CompareRowsAsync(db, database, settings.Modes, problems, ct);
    }

    /// <summary>
    /// The ratio means something only while the baseline writes the same rows as the OMS; the OMS changes
    /// (a new timeline entry, another fulfilment order), so every run checks rather than trusting OrderRows.
    /// </summary>
    private static async Task CompareRowsAsync(BenchDb db, BenchDatabase database, IReadOnlyList<BenchMode> modes, List<string> problems, CancellationToken ct)
    {
        var shapes = new Dictionary<BenchMode, string>();
        foreach (var mode in modes)
            shapes[mode] = await database.RowsPerOrderAsync(RunPrefix(mode), ct);
        foreach (var (mode, shape) in shapes)
            Console.WriteLine($"[{db}] rows per order, {mode}: {shape}; timeline {await database.TimelineOfOneAsync(RunPrefix(mode), ct)}");
        if (shapes.TryGetValue(BenchMode.RawSql, out var baseline) && shapes.Any(s => s.Value != baseline))
            problems.Add($"{db}: the raw-SQL baseline writes other rows per order than the OMS; update RawSql/OrderRows.cs.");
    }

    /// <summary>Channel order ids and customer e-mails of a run start with its mode, so that rows can be told apart afterwards.</summary>
    private static string RunPrefix(BenchMode mode) => mode.ToString().ToLowerInvariant() + "-";

    /// <summary>Tops up stock, warms up (JIT, pools, caches), then measures one batch; returns it and the warm-up.</summary>
    private static async Task<(ResultRow Row, LoadResult Warmup)> MeasureAsync(BenchDb db, BenchMode mode, int clients, IOrderSink sink,
        BenchDatabase database, OmsHost host, CaptureSettings settings, CancellationToken ct)
    {
        var runId = string.Create(CultureInfo.InvariantCulture, $"{RunPrefix(mode)}{clients}-{Guid.NewGuid().ToString("N")[..6]}");
        await database.RestockAsync(ct);
        var warmup = await LoadRunner.RunAsync(sink, OrderBatch.Create(runId + "-w", settings.Warmup, Seed + 1, settings), clients, ct);
        var orders = OrderBatch.Create(runId, settings.Orders, Seed, settings);
        // Leave the previous run's garbage out of this one's time.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        host.Retries.Take();
        var load = await LoadRunner.RunAsync(sink, orders, clients, ct, database.Cpu);
        return (new ResultRow(db, mode, clients, load, host.Retries.Take()), warmup);
    }

    private static async Task<string> WriteMarkdownAsync(CaptureSettings s, IReadOnlyList<ResultRow> rows, IReadOnlyList<string> problems, CancellationToken ct)
    {
        var directory = RepositoryPaths.BenchArtifacts();
        Directory.CreateDirectory(directory);
        var now = DateTime.UtcNow;
        var file = Path.Combine(directory, $"capture-{now:yyyyMMdd-HHmmss}.md");
        var text = $"""
            # Order capture throughput, {now:yyyy-MM-dd HH:mm} UTC

            `capture --clients {string.Join(',', s.Clients)} --orders {s.Orders} --warmup {s.Warmup} --db {string.Join(',', s.Databases).ToLowerInvariant()} --mode {string.Join(',', s.Modes).ToLowerInvariant()} --lines {s.Lines}{(s.Paid ? "" : " --unpaid")}{(s.Durable ? "" : " --no-fsync")}{(s.RandomLineOrder ? " --random-line-order" : "")}`

            {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}. Client and server share the machine;
            load average at the end {Load.Now()}. PostgreSQL {(s.Durable ? "durable (fsync and synchronous commit on)" : "without fsync")}.
            Orders: channel web, {s.Lines} lines shipped to an address, SKUs from the central DC's stock, a new customer each,
            {(s.Paid ? "paid by card (sandbox provider, pm_card_visa; authorised before sourcing)" : "no payment")}, an Idempotency-Key each.
            "vs raw SQL" is orders/s divided by the raw-SQL baseline's (same database, same clients): the same reservations and
            inserts without the OMS's reads, EF Core or HTTP{(s.Paid ? "; like the OMS, one transaction for the order and its pending payment, then (after the provider's answer) one for the answer, the reservations and the allocation" : ", in one transaction per order")}.
            "KB/order" is managed memory allocated per order by the whole process (client and server).
            "retries" counts commands the OMS ran again after losing a race.

            {ResultTable.Markdown(rows)}
            {string.Join(Environment.NewLine, problems.Select(p => "- PROBLEM: " + p))}
            """;
        await File.WriteAllTextAsync(file, text, ct);
        return file;
    }
}
