using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Oms.Server.Features.Connectors.Shopify;

/// <summary>
/// Calls to one shop's Admin REST API (<c>{baseUrl}admin/api/{apiVersion}/…</c>) with the app's token in
/// <c>X-Shopify-Access-Token</c>. Shopify meters REST calls with a leaky bucket (40 calls, 2 leak per second): a full
/// bucket answers 429 with <c>Retry-After</c> in seconds. The call waits that long and goes on, so that a push of more SKUs
/// than the bucket holds completes; past <see cref="MaxWait"/> in all it becomes a retryable
/// <see cref="ChannelCallException"/> carrying the wait, as do 5xx answers, timeouts and network errors. 4xx answers are
/// the channel refusing the call: not retried, except 401/403, which a corrected token fixes.
/// </summary>
internal sealed class ShopifyAdminApi(HttpClient http, ConnectorRuntime connector)
{
    public const string DefaultVersion = "2024-07";

    private Uri Root
    {
        get
        {
            var baseUrl = connector.RequiredSetting("baseUrl");
            return new Uri(new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/"), $"admin/api/{connector.Setting("apiVersion") ?? DefaultVersion}/");
        }
    }

    public Task<JsonNode?> GetAsync(string path, CancellationToken ct) => SendAsync(HttpMethod.Get, path, null, ct);

    public Task<JsonNode?> PostAsync(string path, JsonNode body, CancellationToken ct) => SendAsync(HttpMethod.Post, path, body, ct);

    /// <summary>Sends; answers the parsed JSON of a 2xx answer, or throws <see cref="ChannelCallException"/>.</summary>
    public async Task<JsonNode?> SendAsync(HttpMethod method, string path, JsonNode? body, CancellationToken ct)
    {
        var waited = TimeSpan.Zero;
        while (true)
        {
            try
            {
                return await SendOnceAsync(method, path, body, ct);
            }
            catch (ChannelCallException e) when (e.Message.Contains(" answered 429", StringComparison.Ordinal)
                && e.RetryAfter is { } wait && waited + wait <= MaxWait)
            {
                // Pacing against Shopify's bucket is wall-clock time on the wire, not the OMS's business clock.
                await Task.Delay(wait, ct);
                waited += wait;
            }
        }
    }

    /// <summary>How long one call waits out 429s in all before it gives the retry to the outbox.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(10);

    private async Task<JsonNode?> SendOnceAsync(HttpMethod method, string path, JsonNode? body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, new Uri(Root, path));
        request.Headers.Add("X-Shopify-Access-Token", connector.Secret("accessToken"));
        if (body is not null) request.Content = JsonContent.Create(body);
        try
        {
            using var response = await http.SendAsync(request, ct);
            var text = await response.Content.ReadAsStringAsync(ct);
            if (response.IsSuccessStatusCode) return text.Length == 0 ? null : JsonNode.Parse(text);
            throw Failure(method, path, response, text);
        }
        catch (HttpRequestException e)
        {
            throw new ChannelCallException($"Shopify {method} {path} failed: {e.Message}", retry: true, inner: e);
        }
        catch (TaskCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new ChannelCallException($"Shopify {method} {path} timed out.", retry: true, inner: e);
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new ChannelCallException($"Shopify {method} {path} answered something that is not JSON.", retry: true, inner: e);
        }
    }

    /// <summary>The <c>errors</c> of Shopify's error body, as text.</summary>
    public static string Errors(string text)
    {
        try
        {
            return JsonNode.Parse(text)?["errors"]?.ToJsonString() ?? text;
        }
        catch (System.Text.Json.JsonException)
        {
            return text.Length > 200 ? text[..200] : text;
        }
    }

    private static ChannelCallException Failure(HttpMethod method, string path, HttpResponseMessage response, string text)
    {
        var status = (int)response.StatusCode;
        var message = $"Shopify {method} {path} answered {status}: {Errors(text)}";
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
            return new ChannelCallException(message, retry: true, RetryAfter(response) ?? TimeSpan.FromSeconds(2));
        var retry = status >= 500 || status is 401 or 403 or 408;
        return new ChannelCallException(message, retry, RetryAfter(response));
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Retry-After", out var values)
        && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0
            ? TimeSpan.FromSeconds(seconds)
            : null;
}
