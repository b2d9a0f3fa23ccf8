using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Oms.Benchmarks.Capture;

namespace Oms.Benchmarks.Returns;

/// <summary>
/// A return's two writes over HTTP against the real server, per database: N online orders (paid by card unless
/// <c>--unpaid</c>) are captured and delivered through the public API, untimed; then the return of each is requested
/// (<c>POST /api/orders/{id}/returns</c>) and afterwards received at the central DC with every unit restocked
/// (<c>POST /api/returns/{id}/receive</c>), each batch timed call by call after a warm-up of its own. One client by default:
/// the calls go one by one. The DC's units on hand must grow by exactly the units received, or the run is reported as failed.
/// </summary>
internal static class ReturnsCommand
{
    private const int Seed = 20261125;
    private const int DefaultOrders = 200;
    private const int DefaultWarmup = 30;
    /// <summary>Clients preparing the delivered orders: preparation is not measured, only kept short.</summary>
    private const int Preparers = 4;

    public static async Task<int> RunAsync(CaptureSettings settings, CancellationToken ct)
    {
        // capture's defaults are sized for capture; a return needs four more calls per order to prepare.
        var orders = settings.Orders == CaptureSettings.Default.Orders ? DefaultOrders : settings.Orders;
        var warmup = settings.Warmup == CaptureSettings.Default.Warmup ? DefaultWarmup : settings.Warmup;
        IReadOnlyList<int> clients = ReferenceEquals(settings.Clients, CaptureSettings.Default.Clients) ? [1] : settings.Clients;
        var command = string.Create(CultureInfo.InvariantCulture,
            $"returns --orders {orders} --warmup {warmup} --clients {string.Join(',', clients)} "
            + $"--db {string.Join(',', settings.Databases).ToLowerInvariant()} --lines {settings.Lines}"
            + $"{(settings.Paid ? "" : " --unpaid")}{(settings.Durable ? "" : " --no-fsync")}");
        Console.WriteLine($"{command}; {Environment.ProcessorCount} cores, load {Load.Now()}");
        var rows = new List<string>();
        var problems = new List<string>();
        foreach (var db in settings.Databases)
        {
            Console.WriteLine($"[{db}] creating database and starting the OMS (migrate + seed)...");
            await using var database = await BenchDatabase.CreateAsync(db, settings.Durable, ct);
            await using var host = new OmsHost(database);
            host.Start();
            using var http = new HttpClient { BaseAddress = host.Address };
            http.DefaultRequestHeaders.Add("X-Api-Key", Oms.Server.Demo.DemoAccess.Admin.Key);
            await database.RestockAsync(ct);
            var calls = new ReturnCalls(http);
            foreach (var c in clients)
                await MeasureAsync(db, c, orders, warmup, settings, calls, rows, problems, ct);
        }

        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"# Return request and receipt over HTTP, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC").AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"`{command}`").AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, "
                + $"{RuntimeInformation.FrameworkDescription}; client and server share the machine, load average at the end {Load.Now()}.")
            .AppendLine(CultureInfo.InvariantCulture, $"Orders: web, {settings.Lines} lines of 1–3 units shipped from DC-CENTRAL, "
                + $"{(settings.Paid ? "paid by card (sandbox)" : "unpaid")}, delivered; the return takes every unit back to DC-CENTRAL "
                + $"(reason {ReturnCalls.Reason}), the receipt restocks them all.")
            .AppendLine()
            .AppendLine("| db | call | clients | calls | seconds | calls/s | p50 ms | p99 ms | max ms | failed |")
            .AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var row in rows) text.AppendLine(row);
        foreach (var p in problems) text.AppendLine("- PROBLEM: " + p);
        Console.WriteLine();
        Console.Write(text);
        var file = RepositoryPaths.BenchArtifacts($"returns-{DateTime.UtcNow:yyyyMMdd-HHmmss}.md");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, text.ToString(), ct);
        Console.WriteLine($"Written to {file}");
        return problems.Count == 0 ? 0 : 1;
    }

    private static async Task MeasureAsync(BenchDb db, int clients, int orders, int warmup, CaptureSettings settings, ReturnCalls calls,
        List<string> rows, List<string> problems, CancellationToken ct)
    {
        var runId = string.Create(CultureInfo.InvariantCulture, $"ret-{clients}-{Guid.NewGuid().ToString("N")[..6]}");
        var batch = OrderBatch.Create(runId, warmup + orders, Seed + clients, settings);
        Console.WriteLine($"[{db}] clients {clients}: preparing {batch.Length} delivered orders ({Preparers} at a time, not timed)...");
        var delivered = new JsonElement[batch.Length];
        var prepared = await TimedCalls.RunAsync(batch.Length, Preparers,
            async (i, token) => delivered[i] = await calls.DeliveredAsync(batch[i], token), ct);
        if (prepared.Failed > 0)
        {
            problems.Add($"{db}: {prepared.Failed} order(s) could not be prepared, first: {prepared.FirstError}");
            return;
        }

        var returns = new RequestedReturn[batch.Length];
        Task Request(int i, CancellationToken token) => RequestOneAsync(calls, delivered, returns, i, token);
        var requested = await WarmThenTimeAsync(db, "request return", clients, warmup, orders, Request, rows, problems, ct);

        // Only returns that were requested can be received; a failed request is already reported.
        var units = returns.Skip(warmup).Where(r => r is not null).Sum(r => r.Lines.Sum(l => (long)l.Quantity));
        Task Receive(int i, CancellationToken token) => returns[i] is { } r ? calls.ReceiveAsync(r, token) : Task.CompletedTask;
        await TimedCalls.RunAsync(warmup, 1, Receive, ct);
        var before = await calls.OnHandAtDcAsync(ct);
        var received = await WarmThenTimeAsync(db, "receive (restock)", clients, 0, orders, (i, t) => Receive(warmup + i, t), rows, problems, ct);
        var after = await calls.OnHandAtDcAsync(ct);
        if (requested.Failed == 0 && received.Failed == 0 && after - before != units)
            problems.Add($"{db} {clients} clients: {units} units received, but the DC's units on hand grew by {after - before}.");
        Console.WriteLine($"[{db}] clients {clients}: DC on hand {before} → {after} ({units} units received)");
    }

    private static async Task RequestOneAsync(ReturnCalls calls, JsonElement[] delivered, RequestedReturn[] returns, int i, CancellationToken ct)
        => returns[i] = await calls.RequestAsync(delivered[i], ct);

    /// <summary>Runs <paramref name="warmup"/> calls (indices 0..), then times <paramref name="count"/> more (indices after them).</summary>
    private static async Task<TimedResult> WarmThenTimeAsync(BenchDb db, string what, int clients, int warmup, int count,
        Func<int, CancellationToken, Task> call, List<string> rows, List<string> problems, CancellationToken ct)
    {
        var warm = await TimedCalls.RunAsync(warmup, 1, call, ct);
        // Leave the preparation's garbage out of the measured batch.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var result = await TimedCalls.RunAsync(count, clients, (i, t) => call(warmup + i, t), ct);
        foreach (var (phase, r) in new[] { ("warm-up", warm), ("run", result) })
        {
            if (r.Failed > 0) problems.Add($"{db} {what} {clients} clients: {r.Failed} {phase} call(s) failed, first: {r.FirstError}");
        }
        var row = string.Create(CultureInfo.InvariantCulture,
            $"| {db.ToString().ToLowerInvariant()} | {what} | {clients} | {result.Calls} | {result.Elapsed.TotalSeconds:0.00} | "
            + $"{result.CallsPerSecond:0} | {result.P50Ms:0.0} | {result.P99Ms:0.0} | {result.MaxMs:0.0} | {result.Failed} |");
        Console.WriteLine(row);
        rows.Add(row);
        return result;
    }
}
