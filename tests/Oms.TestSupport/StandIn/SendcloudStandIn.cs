using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Oms.TestSupport.StandIn;

/// <summary>One request as the Sendcloud stand-in received it.</summary>
public sealed record SendcloudRequest(string Method, string Path, JsonNode? Body, string? Authorization);

/// <summary>A shipping method of the stand-in's account: Sendcloud's <c>shipment.id</c> and what it allows.</summary>
public sealed record SendcloudMethod(string Name, string Carrier, decimal MaxWeightKg, bool IsReturn);

/// <summary>
/// A local stand-in for Sendcloud's public API (Kestrel on 127.0.0.1, a free port), answering as its reference
/// describes: Basic authentication with the public and secret key; <c>POST /api/v2/parcels</c> with
/// <c>request_label</c> (and <c>is_return</c>), <c>GET /api/v2/labels/label_printer/{id}</c> (a PDF),
/// <c>POST /api/v2/parcels/{id}/cancel</c>, <c>POST /api/v3/pickups</c> and <c>POST /api/v3/pickups/{id}/cancel</c>;
/// v2 and v3 error bodies; and <c>parcel_status_changed</c> webhooks signed with HMAC-SHA256 in
/// <c>Sendcloud-Signature</c>, sent to a URL the test gives. Faults (429, 500, slow, unreadable, a 400 refusal) on demand.
/// </summary>
public sealed class SendcloudStandIn : IAsyncLifetime
{
    public const string PublicKey = "standin-public-key";
    public const string SecretKey = "standin-secret-key";

    public const int PostNlStandard = 8;
    public const int PostNlReturn = 1005;
    public const int DhlParcelConnect = 1130;

    /// <summary>The account's shipping methods, by Sendcloud id.</summary>
    public static readonly IReadOnlyDictionary<int, SendcloudMethod> ShippingMethods = new Dictionary<int, SendcloudMethod>
    {
        [PostNlStandard] = new("PostNL Standard 0-23kg", "postnl", 23m, IsReturn: false),
        [PostNlReturn] = new("PostNL Return 0-23kg", "postnl", 23m, IsReturn: true),
        [DhlParcelConnect] = new("DHL Parcel Connect 0-5kg", "dhl", 5m, IsReturn: false),
    };

    /// <summary>Carriers that take pickups, and whether they cancel through their API (200) or through Sendcloud's support (202).</summary>
    public static readonly IReadOnlyDictionary<string, bool> PickupCarriers = new Dictionary<string, bool>
    {
        ["dhl"] = true,
        ["ups"] = false,
    };

    /// <summary>Sendcloud's parcel statuses (<c>GET /api/v2/parcels/statuses</c>).</summary>
    public static readonly IReadOnlyDictionary<int, string> StatusMessages = new Dictionary<int, string>
    {
        [1] = "Announced", [3] = "En route to sorting center", [4] = "Delivery delayed", [5] = "Sorted", [6] = "Not sorted",
        [7] = "Being sorted", [8] = "Delivery attempt failed", [11] = "Delivered", [12] = "Awaiting customer pickup",
        [13] = "Announced: not collected", [15] = "Error collecting", [22] = "Shipment picked up by driver",
        [80] = "Unable to deliver", [91] = "Parcel en route", [92] = "Driver en route", [93] = "Shipment collected by customer",
        [999] = "No label", [1000] = "Ready to send", [1001] = "Being announced", [1002] = "Announcement failed",
        [1999] = "Cancellation requested", [2000] = "Cancelled", [62989] = "At Customs", [62990] = "At sorting centre",
        [62991] = "Refused by recipient", [62992] = "Returned to sender", [62996] = "Exception",
    };

    private readonly Lock gate = new();
    private readonly ConcurrentQueue<SendcloudRequest> requests = new();
    private readonly ConcurrentQueue<SendcloudFault> faults = new();
    private readonly HttpClient webhookClient = new();
    private SendcloudBook book = null!;
    private WebApplication? app;

    /// <summary>
    /// What "now" is when a pickup is judged to be in the past: the system clock unless set to the clock the OMS under test
    /// plans its collection windows with (a fake one in the API tests). xunit builds class fixtures with one constructor only.
    /// </summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The API root the adapter is configured with (<c>{BaseUrl}api/</c>).</summary>
    public Uri ApiUrl => new(BaseUrl, "api/");

    public IReadOnlyList<SendcloudRequest> Requests => [.. requests];

    /// <summary>The next request gets <paramref name="fault"/> (faults queue up, one per request).</summary>
    public void FailNext(SendcloudFault fault) => faults.Enqueue(fault);

    public string? PickupStatus(long id) => Locked(() => book.PickupStatus(id));

    public int ParcelStatus(long id) => Locked(() => book.ParcelStatus(id));

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        app = builder.Build();

        app.MapPost("/api/v2/parcels", ctx => Handle(ctx, body => book.CreateParcel(body)));
        app.MapPost("/api/v2/parcels/{id:long}/cancel", ctx => Handle(ctx, _ => book.CancelParcel(Id(ctx))));
        app.MapGet("/api/v2/labels/label_printer/{id:long}", Label);
        app.MapPost("/api/v3/pickups", ctx => Handle(ctx, body => book.CreatePickup(body, Now)));
        app.MapPost("/api/v3/pickups/{id:long}/cancel", ctx => Handle(ctx, _ => book.CancelPickup(Id(ctx), Now)));

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        BaseUrl = new Uri(address.TrimEnd('/') + "/");
        book = new SendcloudBook(BaseUrl);
    }

    public async Task DisposeAsync()
    {
        webhookClient.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    /// <summary>
    /// Moves a parcel to a status and sends the <c>parcel_status_changed</c> webhook to <paramref name="target"/>, signed
    /// with <paramref name="signingKey"/> (the secret key unless given). Answers the receiver's HTTP status.
    /// </summary>
    public async Task<HttpStatusCode> EmitStatusAsync(Uri target, long parcelId, int statusId, DateTime? occurredAtUtc = null,
        string? signingKey = null)
    {
        var body = StatusWebhook(parcelId, statusId, occurredAtUtc ?? DateTime.UtcNow);
        return await SendWebhookAsync(target, body, Sign(body, signingKey ?? SecretKey));
    }

    /// <summary>Sends a webhook body as given with a given signature (a replay, a tampered body, a forgery).</summary>
    public async Task<HttpStatusCode> SendWebhookAsync(Uri target, string body, string? signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (signature is not null)
        {
            request.Headers.Add("Sendcloud-Signature", signature);
        }

        using var response = await webhookClient.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>The body of the webhook Sendcloud sends when the parcel moves to <paramref name="statusId"/> (the parcel
    /// is moved), timestamps in Unix milliseconds.</summary>
    public string StatusWebhook(long parcelId, int statusId, DateTime occurredAtUtc)
    {
        var parcel = Locked(() => book.Move(parcelId, statusId)) ?? throw new ArgumentException($"No parcel {parcelId}.", nameof(parcelId));
        var stamp = new DateTimeOffset(occurredAtUtc, TimeSpan.Zero).ToUnixTimeMilliseconds();
        return new JsonObject
        {
            ["action"] = "parcel_status_changed",
            ["timestamp"] = stamp + 1234,
            ["carrier_status_change_timestamp"] = stamp,
            ["parcel"] = parcel,
        }.ToJsonString();
    }

    /// <summary>Sendcloud's signature: lower-case hex HMAC-SHA256 of the body.</summary>
    public static string Sign(string body, string key) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(body)));

    private async Task Handle(HttpContext ctx, Func<JsonNode?, Answer> operation)
    {
        JsonNode? body = null;
        if (ctx.Request.ContentLength is > 0 || ctx.Request.Headers.TransferEncoding.Count > 0)
        {
            try
            {
                body = await JsonNode.ParseAsync(ctx.Request.Body, cancellationToken: CancellationToken.None);
            }
            catch (System.Text.Json.JsonException)
            {
                await Write(ctx, SendcloudErrors.V2(400, Request(ctx), "JSON parse error."));
                return;
            }
        }

        Record(ctx, body);
        if (!Authorised(ctx))
        {
            await Write(ctx, SendcloudErrors.Unauthorised(Request(ctx)));
            return;
        }

        if (await Faulted(ctx))
        {
            return;
        }

        await Write(ctx, Locked(() => operation(body)));
    }

    private async Task Label(HttpContext ctx)
    {
        Record(ctx, null);
        if (!Authorised(ctx))
        {
            await Write(ctx, SendcloudErrors.Unauthorised(Request(ctx)));
            return;
        }

        if (await Faulted(ctx))
        {
            return;
        }

        var (error, pdf) = Locked(() => book.Label(Id(ctx)));
        if (error is not null)
        {
            await Write(ctx, error);
            return;
        }

        ctx.Response.ContentType = "application/pdf";
        await ctx.Response.Body.WriteAsync(pdf, CancellationToken.None);
    }

    /// <summary>Applies the next queued fault; true when it answered instead of the operation.</summary>
    private async Task<bool> Faulted(HttpContext ctx)
    {
        if (!faults.TryDequeue(out var fault))
        {
            return false;
        }

        switch (fault.Kind)
        {
            case SendcloudFaultKind.Slow:
                // Sendcloud keeps working after the client gave up: so does the stand-in (no RequestAborted here).
                await Task.Delay(fault.Delay, CancellationToken.None);
                return false;
            case SendcloudFaultKind.RateLimited:
                ctx.Response.Headers.RetryAfter = ((int)Math.Ceiling(fault.Delay.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await Write(ctx, SendcloudErrors.V2(429, Request(ctx), "Request was throttled. Expected available in "
                    + ((int)Math.Ceiling(fault.Delay.TotalSeconds)).ToString(CultureInfo.InvariantCulture) + " seconds."));
                return true;
            case SendcloudFaultKind.Refused:
                await Write(ctx, ctx.Request.Path.StartsWithSegments("/api/v3", StringComparison.Ordinal)
                    ? SendcloudErrors.V3(400, "invalid", fault.Message ?? "Invalid request.")
                    : SendcloudErrors.V2(400, Request(ctx), fault.Message ?? "Invalid request."));
                return true;
            case SendcloudFaultKind.Unreadable:
                await Write(ctx, new Answer(503, null, "<html><body><h1>503 Service Unavailable</h1></body></html>"));
                return true;
            default:
                await Write(ctx, SendcloudErrors.V2(500, Request(ctx), "Internal server error."));
                return true;
        }
    }

    private DateTime Now => Clock.GetUtcNow().UtcDateTime;

    private T Locked<T>(Func<T> operation)
    {
        lock (gate)
        {
            return operation();
        }
    }

    private void Record(HttpContext ctx, JsonNode? body) =>
        requests.Enqueue(new SendcloudRequest(ctx.Request.Method, ctx.Request.Path, body, ctx.Request.Headers.Authorization.FirstOrDefault()));

    private static bool Authorised(HttpContext ctx) => ctx.Request.Headers.Authorization.ToString()
        == "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{PublicKey}:{SecretKey}"));

    private static long Id(HttpContext ctx) => long.Parse((string)ctx.Request.RouteValues["id"]!, CultureInfo.InvariantCulture);

    private static string Request(HttpContext ctx) => ctx.Request.Path.ToString().TrimStart('/');

    private static async Task Write(HttpContext ctx, Answer answer)
    {
        if (ctx.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        ctx.Response.StatusCode = answer.Status;
        ctx.Response.ContentType = answer.Raw is null ? "application/json" : "text/html";
        await ctx.Response.WriteAsync(answer.Raw ?? answer.Json!.ToJsonString(), CancellationToken.None);
    }
}
