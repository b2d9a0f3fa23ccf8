using System.Data.Common;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Oms.Persistence;
using Oms.Persistence.Outbox;
using Oms.Server.Core.Outbox;
using Oms.Server.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Oms.Server.Tests.Fuzz;

/// <summary>What went wrong with one request of the sweep.</summary>
public sealed record FuzzFailure(string Kind, FuzzRequest Request, int Status, string Response, string Detail = "")
{
    public override string ToString()
        => $"[{Kind}] {Request.Operation} ({Request.Mutation}) → {Status}{(Detail.Length > 0 ? $"; {Detail}" : "")}\n"
            + $"{Request.Describe()}\n<< {FuzzRequest.Printable(Response, 600)}";
}

/// <summary>
/// The sweep: seeded bad requests across every write operation, each answered without a 500; every refusal is
/// problem+json with a detail and leaves the database as it was; after a success the after-commit work is drained, so
/// that the next refusal is measured against a quiet database.
/// </summary>
public sealed class FuzzSweep(KestrelFixture fx, ITestOutputHelper output)
{
    private readonly List<FuzzFailure> _failures = [];
    private readonly Dictionary<string, SortedDictionary<int, int>> _byOperation = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedDictionary<int, int>> _byClass = new(StringComparer.Ordinal);

    private DbSnapshotReader? _snapshots;
    private int _logStart;
    private FuzzWorld? _world;
    private Random? _rng;

    public IReadOnlyList<FuzzFailure> Failures => _failures;
    public int Sent { get; private set; }
    private readonly Stopwatch _sending = new(), _snapshotTime = new(), _settling = new(), _mutating = new();

    /// <param name="budget">The sweep stops after this long even if fewer than <paramref name="requests"/> were sent (a loaded machine).</param>
    public async Task RunAsync(int seed, int requests, TimeSpan budget)
    {
        var clock = Stopwatch.StartNew();
        _logStart = fx.Log.Entries.Count;
        var rng = _rng = new Random(seed);
        var world = _world = await FuzzWorld.CreateAsync(fx.Api, output);
        var operations = WriteOperation.All(fx.Services);
        var mutator = new Mutator(rng, world);
        using var http = new HttpClient(new SocketsHttpHandler { RequestHeaderEncodingSelector = (_, _) => Encoding.Latin1, UseCookies = false })
        {
            BaseAddress = fx.Api.Http.BaseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };
        output.WriteLine($"Seed {seed}; {operations.Count} write operations; world ready in {clock.Elapsed.TotalSeconds:0.0} s");

        await using var connection = Connect();
        await connection.OpenAsync();
        await using var snapshots = _snapshots = new DbSnapshotReader(connection);
        await QuiesceAsync();
        var before = await _snapshots!.TakeAsync();
        foreach (var op in operations) before = await OneAsync(http, op, mutator.Next(op, mutate: false), before);
        var sweep = Stopwatch.StartNew();
        for (var i = 0; i < requests && sweep.Elapsed < budget; i++)
        {
            _mutating.Start();
            var op = operations[rng.Next(operations.Count)];
            var request = mutator.Next(op);
            _mutating.Stop();
            before = await OneAsync(http, op, request, before);
        }
        output.WriteLine($"{Sent} requests in {clock.Elapsed.TotalSeconds:0.0} s (sending {_sending.Elapsed.TotalSeconds:0.0} s, "
            + $"snapshots after refusals {_snapshotTime.Elapsed.TotalSeconds:0.0} s, settling after successes {_settling.Elapsed.TotalSeconds:0.0} s, "
            + $"mutating {_mutating.Elapsed.TotalSeconds:0.0} s)");
        await ReadEverythingAsync();
        CheckLog();
        Report(mutator);
    }

    private async Task<DbSnapshot> OneAsync(HttpClient http, WriteOperation op, FuzzRequest request, DbSnapshot before)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), request.Path);
        foreach (var (name, bytes) in request.Headers) message.Headers.TryAddWithoutValidation(name, bytes);
        if (request.Body is not null || request.ContentType is not null)
        {
            message.Content = new ByteArrayContent(request.Body ?? []);
            if (request.ContentType is not null) message.Content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
        }
        HttpResponseMessage response;
        try
        {
            _sending.Start();
            response = await http.SendAsync(message);
        }
        catch (HttpRequestException e) when (request.Protocol)
        {
            Count(request, 0);
            output.WriteLine($"Not sent ({e.Message}): {request.Operation} {request.Mutation}");
            return before;
        }
        using (response)
        {
            Sent++;
            var status = (int)response.StatusCode;
            var body = await response.Content.ReadAsStringAsync();
            _sending.Stop();
            Count(request, status);
            if (status >= 500)
            {
                _failures.Add(new FuzzFailure("500", request, status, body));
                return await _snapshots!.TakeAsync();
            }
            if (status >= 400)
            {
                if (ProblemError(response, body, request.Protocol) is { } problem) _failures.Add(new FuzzFailure("not a problem", request, status, body, problem));
                _snapshotTime.Start();
                var after = await _snapshots!.TakeAsync();
                _snapshotTime.Stop();
                if (after != before) _failures.Add(new FuzzFailure("partial write", request, status, body, before.Difference(after)));
                return after;
            }
            _settling.Start();
            await SettleAsync(response);
            // A third of the successes that used up their target get a fresh one: depth for the next requests, at a bounded cost.
            if (_rng!.Next(3) == 0 && await _world!.ConsumedAsync(op)) await QuiesceAsync();
            var settled = await _snapshots!.TakeAsync();
            _settling.Stop();
            return settled;
        }
    }

    private DbConnection Connect() => fx.Provider == DatabaseProvider.Postgres
        ? new Npgsql.NpgsqlConnection(fx.ConnectionString)
        : new Microsoft.Data.Sqlite.SqliteConnection(fx.ConnectionString);

    /// <summary>Why the answer is not a problem+json with a detail; null when it is (or when the HTTP server refused a protocol violation).</summary>
    private static string? ProblemError(HttpResponseMessage response, string body, bool protocol)
    {
        if (protocol && body.Length == 0 && response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestUriTooLong
                or HttpStatusCode.RequestHeaderFieldsTooLarge)
            return null;
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            return $"content type {response.Content.Headers.ContentType?.MediaType ?? "none"}";
        try
        {
            var detail = JsonDocument.Parse(body).RootElement.GetProperty("detail");
            return detail.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(detail.GetString()) ? null : "no detail";
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return $"no problem body ({e.GetType().Name})";
        }
    }

    /// <summary>After a success: the import it started has run and the outbox has nothing due.</summary>
    private async Task SettleAsync(HttpResponseMessage response)
    {
        if (response.StatusCode == HttpStatusCode.Accepted && response.Headers.Location is { } job)
        {
            // An import keeps writing (a stock movement per row) until it completes: on a loaded machine that takes a while, and a
            // snapshot taken before would blame the next request for its rows.
            var until = DateTime.UtcNow.AddMinutes(3);
            string? state = null;
            while (DateTime.UtcNow < until)
            {
                state = JsonDocument.Parse(await fx.Api.Http.GetStringAsync(job)).RootElement.GetProperty("status").GetString();
                if (state is "completed" or "failed") break;
                await Task.Delay(10);
            }
            Assert.True(state is "completed" or "failed", $"The import at {job} did not finish in 3 minutes (status {state}).");
        }
        await QuiesceAsync();
    }

    private Task QuiesceAsync() => OutboxQuiet.WaitAsync(fx);

    private void Count(FuzzRequest request, int status)
    {
        Add(_byOperation, request.Operation, status);
        Add(_byClass, request.Class, status);

        static void Add(Dictionary<string, SortedDictionary<int, int>> table, string key, int status)
        {
            if (!table.TryGetValue(key, out var row)) table[key] = row = [];
            row[status] = row.GetValueOrDefault(status) + 1;
        }
    }

    /// <summary>Whatever the sweep stored, every read still answers: each order, stock of each SKU, each resource, every list.</summary>
    private async Task ReadEverythingAsync()
    {
        using var scope = fx.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OmsDbContext>();
        var urls = new List<string>();
        urls.AddRange((await db.Orders.Select(o => o.Id).ToListAsync()).Select(id => $"/api/orders/{id}"));
        urls.AddRange((await db.Stock.Select(s => s.Sku).Distinct().ToListAsync()).Select(s => $"/api/stock/{Uri.EscapeDataString(s)}"));
        urls.AddRange((await db.Products.Select(p => p.Sku).ToListAsync()).Select(s => $"/api/products/{Uri.EscapeDataString(s)}"));
        urls.AddRange((await db.Locations.Select(l => l.Code).ToListAsync()).Select(c => $"/api/locations/{Uri.EscapeDataString(c)}"));
        urls.AddRange((await db.Channels.Select(c => c.Code).ToListAsync()).SelectMany(c => new[]
            { $"/api/channels/{Uri.EscapeDataString(c)}", $"/api/channels/{Uri.EscapeDataString(c)}/allocation" }));
        urls.AddRange((await db.Carriers.Select(c => c.Code).ToListAsync()).Select(c => $"/api/carriers/{Uri.EscapeDataString(c)}"));
        urls.AddRange((await db.ImportJobs.Select(j => j.Id).ToListAsync()).Select(id => $"/api/imports/{id}"));
        urls.AddRange((await db.ConfigurationVersions.Where(c => c.Kind == Oms.Server.Core.Sourcing.SourcingRuleSets.Kind).Select(c => c.Key).Distinct().ToListAsync())
            .Select(k => $"/api/sourcing/rule-sets/{Uri.EscapeDataString(k)}/versions"));
        urls.AddRange(fx.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints
            .OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IHttpMethodMetadata>()?.HttpMethods.Contains("GET") == true
                && e.RoutePattern.Parameters.Count == 0)
            .Select(e => "/" + (e.RoutePattern.RawText ?? "").Trim('/')));
        foreach (var url in urls.Distinct(StringComparer.Ordinal))
        {
            using var response = await fx.Api.Http.GetAsync(url);
            if ((int)response.StatusCode >= 500)
                _failures.Add(new FuzzFailure("unreadable", new FuzzRequest("GET " + url, "read-back", "GET", url, [], null, null),
                    (int)response.StatusCode, await response.Content.ReadAsStringAsync()));
        }
        output.WriteLine($"Read back {urls.Count} resources and lists");
    }

    /// <summary>A database error the problem mapping caught as a client mistake means a validator is missing; any error entry is a bug.</summary>
    private void CheckLog()
    {
        foreach (var e in fx.Log.Entries.Skip(_logStart).Where(e => e.Level >= LogLevel.Error
            || (e.Level == LogLevel.Warning && e.Category.EndsWith("ProblemMapping", StringComparison.Ordinal))))
            _failures.Add(new FuzzFailure("logged", new FuzzRequest(e.Category, "log", "", "", [], null, null), 0,
                e.Message + (e.Exception is null ? "" : $"\n{e.Exception.GetType().Name}: {e.Exception.Message}")));
    }

    private void Report(Mutator mutator)
    {
        static string Row(SortedDictionary<int, int> r) => string.Join(" ", r.Select(kv => $"{kv.Key}×{kv.Value}"));
        output.WriteLine("By operation:");
        foreach (var (op, row) in _byOperation.OrderBy(kv => kv.Key, StringComparer.Ordinal)) output.WriteLine($"  {op}: {Row(row)}");
        output.WriteLine("By mutation class:");
        foreach (var (c, row) in _byClass.OrderBy(kv => kv.Key, StringComparer.Ordinal)) output.WriteLine($"  {c}: {Row(row)}");
        if (mutator.Synthesised.Count > 0) output.WriteLine($"Synthesised requests for: {string.Join(", ", mutator.Synthesised)}");
    }
}
