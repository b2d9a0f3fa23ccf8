using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Oms.Server.Tests.Infrastructure;

/// <summary>One POST as the receiver got it: the raw body bytes, every header, and the status it answered.</summary>
public sealed record ReceivedWebhook(string Endpoint, IHeaderDictionary Headers, string ContentType, byte[] Body, int AnsweredWith)
{
    public string Text => System.Text.Encoding.UTF8.GetString(Body);
    public string Header(string name) => Headers[name].ToString();
}

/// <summary>
/// A webhook receiver over real HTTP: Kestrel on 127.0.0.1 with a port the system picks, recording every POST to
/// <c>/hooks/{endpoint}</c> and answering each endpoint with the statuses a test queued for it, then 200.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly ConcurrentQueue<ReceivedWebhook> _received = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<int>> _answers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _always = new(StringComparer.Ordinal);
    private WebApplication? _app;

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    public IReadOnlyList<ReceivedWebhook> Received => [.. _received];

    public IReadOnlyList<ReceivedWebhook> At(string endpoint) => [.. _received.Where(r => r.Endpoint == endpoint)];

    public string Url(string endpoint) => new Uri(BaseUrl, $"hooks/{endpoint}").ToString();

    /// <summary>The next requests to the endpoint are answered with these statuses, one each, then 200 again.</summary>
    public void AnswerNext(string endpoint, params int[] statuses)
    {
        var queue = _answers.GetOrAdd(endpoint, _ => new ConcurrentQueue<int>());
        foreach (var s in statuses) queue.Enqueue(s);
    }

    /// <summary>Every request to the endpoint is answered with this status.</summary>
    public void AlwaysAnswer(string endpoint, int status) => _always[endpoint] = status;

    public static async Task<WebhookReceiver> StartAsync()
    {
        var receiver = new WebhookReceiver();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapPost("/hooks/{endpoint}", receiver.HandleAsync);
        await app.StartAsync();
        receiver._app = app;
        receiver.BaseUrl = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        return receiver;
    }

    private async Task HandleAsync(HttpContext http)
    {
        var endpoint = (string)http.Request.RouteValues["endpoint"]!;
        using var body = new MemoryStream();
        await http.Request.Body.CopyToAsync(body);
        var status = _always.TryGetValue(endpoint, out var always) ? always
            : _answers.TryGetValue(endpoint, out var queue) && queue.TryDequeue(out var next) ? next : 200;
        var headers = new HeaderDictionary();
        foreach (var (name, value) in http.Request.Headers) headers[name] = value;
        _received.Enqueue(new ReceivedWebhook(endpoint, headers, http.Request.ContentType ?? "", body.ToArray(), status));
        http.Response.StatusCode = status;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }
}
