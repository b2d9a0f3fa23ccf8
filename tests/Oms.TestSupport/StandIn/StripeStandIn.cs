using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Oms.TestSupport.StandIn;

/// <summary>One request as the stand-in received it. Form holds the form-encoded body, or the query of a GET.</summary>
public sealed record RecordedRequest(
    string Method, string Path, IReadOnlyDictionary<string, string> Form, string? IdempotencyKey, string? Authorization, bool Replayed);

/// <summary>
/// A local stand-in for Stripe's API (Kestrel on 127.0.0.1, a free port), answering as Stripe's documentation
/// describes: form-encoded POSTs, JSON objects, Stripe's error bodies and status codes, and Stripe's idempotency:
/// the first answer for an <c>Idempotency-Key</c> is stored and replayed (header <c>Idempotent-Replayed: true</c>),
/// the same key with other parameters is refused, and a key whose first request is still running answers 409.
/// </summary>
public sealed class StripeStandIn : IAsyncLifetime
{
    public const string ApiKey = "sk_test_standin";

    /// <summary>How long <see cref="StandInTokens.Slow"/> takes: just over the tests' client timeout.</summary>
    public static readonly TimeSpan SlowAnswerDelay = TimeSpan.FromMilliseconds(2500);

    private readonly StandInLedger ledger = new();
    private readonly Lock gate = new();
    private readonly ConcurrentQueue<RecordedRequest> requests = new();
    private readonly ConcurrentDictionary<string, Stored> byKey = new();
    private readonly ConcurrentDictionary<string, int> operationsByKey = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource> held = new();
    private int operations;
    private WebApplication? app;

    private sealed record Stored(string Fingerprint)
    {
        public TaskCompletionSource<Answer> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    public IReadOnlyList<RecordedRequest> Requests => [.. requests];

    /// <summary>Operations Stripe would have carried out (answers replayed for a key are not operations).</summary>
    public int Operations => Volatile.Read(ref operations);

    public int OperationsFor(string idempotencyKey) => operationsByKey.GetValueOrDefault(idempotencyKey);

    /// <summary>Completes when the first request with this key has been answered, even if its client gave up.</summary>
    public Task SettledAsync(string idempotencyKey) =>
        byKey.TryGetValue(idempotencyKey, out var stored) ? stored.Done.Task : Task.CompletedTask;

    /// <summary>Lets the request held by <see cref="StandInTokens.Held"/> under this key go on.</summary>
    public void Release(string idempotencyKey) => Hold(idempotencyKey).TrySetResult();

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        app = builder.Build();

        app.MapPost("/v1/payment_intents", ctx => Post(ctx, ledger.CreateIntent));
        app.MapGet("/v1/payment_intents/{id}", ctx => Get(ctx, (string)ctx.Request.RouteValues["id"]!));
        app.MapPost("/v1/payment_intents/{id}/capture", ctx => Post(ctx, f => ledger.Capture((string)ctx.Request.RouteValues["id"]!, f)));
        app.MapPost("/v1/payment_intents/{id}/cancel", ctx => Post(ctx, _ => ledger.Cancel((string)ctx.Request.RouteValues["id"]!)));
        app.MapPost("/v1/refunds", ctx => Post(ctx, ledger.Refund));

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        BaseUrl = new Uri(address);
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    private async Task Get(HttpContext ctx, string id)
    {
        var query = ctx.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString());
        Record(ctx, query, replayed: false);
        var expand = query.Any(q => q.Key.StartsWith("expand", StringComparison.Ordinal) && q.Value == "latest_charge");
        await Write(ctx, Authorised(ctx) ? Locked(() => ledger.GetIntent(id, expand)) : Errors.Unauthorised(), replayed: false);
    }

    private async Task Post(HttpContext ctx, Func<IReadOnlyDictionary<string, string>, Answer> operation)
    {
        var form = ctx.Request.HasFormContentType
            ? (await ctx.Request.ReadFormAsync(CancellationToken.None)).ToDictionary(f => f.Key, f => f.Value.ToString())
            : [];
        var key = ctx.Request.Headers["Idempotency-Key"].FirstOrDefault();
        if (!Authorised(ctx))
        {
            Record(ctx, form, replayed: false);
            await Write(ctx, Errors.Unauthorised(), replayed: false);
            return;
        }

        var fresh = new Stored($"{ctx.Request.Path}?{string.Join('&', form.OrderBy(f => f.Key, StringComparer.Ordinal))}");
        var stored = key is null ? fresh : byKey.GetOrAdd(key, fresh);
        if (!ReferenceEquals(stored, fresh))
        {
            var same = stored.Fingerprint == fresh.Fingerprint;
            var replayed = same && stored.Done.Task.IsCompleted;
            Record(ctx, form, replayed);
            var answer = !same ? Errors.IdempotencyMismatch() : replayed ? await stored.Done.Task : Errors.IdempotencyInProgress();
            await Write(ctx, answer, replayed);
            return;
        }

        Record(ctx, form, replayed: false);
        if (form.GetValueOrDefault("payment_method") == StandInTokens.Slow)
        {
            // Stripe keeps working after the client gave up: so does the stand-in (no RequestAborted here).
            await Task.Delay(SlowAnswerDelay, CancellationToken.None);
        }
        else if (form.GetValueOrDefault("payment_method") == StandInTokens.Held && key is not null)
        {
            await Hold(key).Task.WaitAsync(TimeSpan.FromSeconds(30));
        }

        var result = Locked(() => operation(form));
        Interlocked.Increment(ref operations);
        if (key is not null)
        {
            operationsByKey.AddOrUpdate(key, 1, (_, n) => n + 1);
        }

        fresh.Done.SetResult(result);
        await Write(ctx, result, replayed: false);
    }

    private TaskCompletionSource Hold(string key) =>
        held.GetOrAdd(key, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    private Answer Locked(Func<Answer> operation)
    {
        lock (gate)
        {
            return operation();
        }
    }

    private void Record(HttpContext ctx, IReadOnlyDictionary<string, string> form, bool replayed) =>
        requests.Enqueue(new RecordedRequest(ctx.Request.Method, ctx.Request.Path, form,
            ctx.Request.Headers["Idempotency-Key"].FirstOrDefault(), ctx.Request.Headers.Authorization.FirstOrDefault(), replayed));

    private static bool Authorised(HttpContext ctx) => ctx.Request.Headers.Authorization.ToString() == $"Bearer {ApiKey}";

    private static async Task Write(HttpContext ctx, Answer answer, bool replayed)
    {
        if (ctx.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        ctx.Response.StatusCode = answer.Status;
        ctx.Response.Headers["Request-Id"] = $"req_standin_{Guid.NewGuid():N}";
        if (replayed)
        {
            ctx.Response.Headers["Idempotent-Replayed"] = "true";
        }

        ctx.Response.ContentType = answer.Raw is null ? "application/json" : "text/html";
        await ctx.Response.WriteAsync(answer.Raw ?? answer.Json!.ToJsonString(JsonOptions), CancellationToken.None);
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = false };
}
