using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Oms.Carriers.Tests;

/// <summary>
/// The receiving end as the OMS will run it, on loopback: the raw body and headers go to
/// <see cref="ICarrierAdapter.ParseTrackingEvent"/>; a forgery answers 401, a malformed body 400; an event id seen
/// before answers 200 again without being recorded twice.
/// </summary>
internal sealed class TrackingWebhookReceiver(ICarrierAdapter adapter) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, TrackingEvent> seen = new();
    private readonly ConcurrentQueue<TrackingEvent> accepted = new();
    private WebApplication? app;

    public Uri Url { get; private set; } = new("http://127.0.0.1/");

    public IReadOnlyList<TrackingEvent> Accepted => [.. accepted];

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        app = builder.Build();
        app.MapPost("/webhooks/carriers/sendcloud", (Delegate)Receive);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Url = new Uri(address.TrimEnd('/') + "/webhooks/carriers/sendcloud");
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    private async Task<IResult> Receive(HttpContext ctx)
    {
        using var buffer = new MemoryStream();
        await ctx.Request.Body.CopyToAsync(buffer, ctx.RequestAborted);
        var headers = ctx.Request.Headers.Select(h => new KeyValuePair<string, string>(h.Key, h.Value.ToString()));
        try
        {
            if (adapter.ParseTrackingEvent(new CarrierWebhook(buffer.ToArray(), headers)) is { } tracked && seen.TryAdd(tracked.EventId, tracked))
            {
                accepted.Enqueue(tracked);
            }

            return Results.Ok();
        }
        catch (CarrierWebhookException e)
        {
            return e.SignatureFailed ? Results.Unauthorized() : Results.BadRequest();
        }
    }
}
