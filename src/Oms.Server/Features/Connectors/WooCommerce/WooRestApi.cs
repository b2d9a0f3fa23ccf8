using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Oms.Server.Features.Connectors.WooCommerce;

/// <summary>
/// Calls to a shop's REST API v3 (<c>{baseUrl}wp-json/wc/v3/…</c>) with HTTP Basic authentication by consumer key and
/// secret. Errors come as <c>{code, message, data: {status}}</c>; 429 (a host's or plugin's rate limit, with
/// <c>Retry-After</c>), 5xx, 401/403, timeouts and network errors are retryable <see cref="ChannelCallException"/>s,
/// other 4xx answers are WooCommerce refusing the call.
/// </summary>
internal sealed class WooRestApi(HttpClient http, ConnectorRuntime connector)
{
    private Uri Root
    {
        get
        {
            var baseUrl = connector.RequiredSetting("baseUrl");
            return new Uri(new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/"), "wp-json/wc/v3/");
        }
    }

    public Task<JsonNode?> GetAsync(string path, CancellationToken ct) => SendAsync(HttpMethod.Get, path, null, ct);

    public Task<JsonNode?> PostAsync(string path, JsonNode body, CancellationToken ct) => SendAsync(HttpMethod.Post, path, body, ct);

    public Task<JsonNode?> PutAsync(string path, JsonNode body, CancellationToken ct) => SendAsync(HttpMethod.Put, path, body, ct);

    public async Task<JsonNode?> SendAsync(HttpMethod method, string path, JsonNode? body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, new Uri(Root, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{connector.Secret("consumerKey")}:{connector.Secret("consumerSecret")}")));
        if (body is not null) request.Content = JsonContent.Create(body);
        try
        {
            using var response = await http.SendAsync(request, ct);
            var text = await response.Content.ReadAsStringAsync(ct);
            if (response.IsSuccessStatusCode) return text.Length == 0 ? null : JsonNode.Parse(text);
            var status = (int)response.StatusCode;
            var message = $"WooCommerce {method} {path} answered {status}: {Message(text)}";
            var retryAfter = response.Headers.TryGetValues("Retry-After", out var v)
                && double.TryParse(v.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) ? TimeSpan.FromSeconds(s) : (TimeSpan?)null;
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
                throw new ChannelCallException(message, retry: true, retryAfter ?? TimeSpan.FromSeconds(5));
            throw new ChannelCallException(message, status >= 500 || status is 401 or 403 or 408, retryAfter);
        }
        catch (HttpRequestException e)
        {
            throw new ChannelCallException($"WooCommerce {method} {path} failed: {e.Message}", retry: true, inner: e);
        }
        catch (TaskCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new ChannelCallException($"WooCommerce {method} {path} timed out.", retry: true, inner: e);
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new ChannelCallException($"WooCommerce {method} {path} answered something that is not JSON.", retry: true, inner: e);
        }
    }

    private static string Message(string text)
    {
        try
        {
            var error = JsonNode.Parse(text);
            return $"{error?["code"]}: {error?["message"]}";
        }
        catch (System.Text.Json.JsonException)
        {
            return text.Length > 200 ? text[..200] : text;
        }
    }
}
