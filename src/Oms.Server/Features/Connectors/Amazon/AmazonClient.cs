using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Oms.Server.Features.Connectors.Amazon;

/// <summary>
/// SP-API over HTTP for one connector: a Login with Amazon access token (refresh-token grant, cached until a minute before it
/// expires) sent as <c>x-amz-access-token</c>; failures become <see cref="ChannelCallException"/>: 429 QuotaExceeded waits
/// one request interval of the rate in <c>x-amzn-RateLimit-Limit</c>, 5xx and network errors are retried, other 4xx are not.
/// </summary>
public sealed class AmazonClient(IHttpClientFactory http, TimeProvider clock)
{
    public const string DefaultTokenUrl = "https://api.amazon.com/auth/o2/token";

    private readonly ConcurrentDictionary<string, (string Token, DateTime Expires)> tokens = new(StringComparer.Ordinal);

    /// <summary>Calls an SP-API operation; answers the JSON body (null for 204), or throws <see cref="ChannelCallException"/>.</summary>
    public async Task<JsonNode?> SendAsync(ConnectorRuntime c, HttpMethod method, string pathAndQuery, JsonNode? body, string operation,
        CancellationToken ct)
    {
        var token = await TokenAsync(c, ct);
        using var request = new HttpRequestMessage(method, new Uri(BaseUrl(c), pathAndQuery.TrimStart('/')));
        request.Headers.Add("x-amz-access-token", token);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (body is not null) request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await SendRawAsync(request, operation, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (response.StatusCode == HttpStatusCode.Forbidden) tokens.TryRemove(TokenKey(c), out _);
        if (!response.IsSuccessStatusCode) throw Failure(operation, response, text);
        return text.Length == 0 ? null : Parse(text, operation);
    }

    /// <summary>Uploads a feed document to the pre-signed address Amazon gave (no access token: the address is the grant).</summary>
    public async Task UploadAsync(Uri url, string content, string contentType, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = new StringContent(content, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        using var response = await SendRawAsync(request, "uploadFeedDocument", ct);
        if (!response.IsSuccessStatusCode) throw Failure("uploadFeedDocument", response, await response.Content.ReadAsStringAsync(ct));
    }

    private async Task<string> TokenAsync(ConnectorRuntime c, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var key = TokenKey(c);
        if (tokens.TryGetValue(key, out var cached) && cached.Expires > now) return cached.Token;

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(c.Setting("tokenUrl") ?? DefaultTokenUrl))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "refresh_token",
                ["refresh_token"] = c.Secret("refreshToken"),
                ["client_id"] = c.Secret("clientId"),
                ["client_secret"] = c.Secret("clientSecret"),
            }),
        };
        using var response = await SendRawAsync(request, "LWA token", ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
        {
            var error = (string?)JsonNodeOrNull(text)?["error"] ?? ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
            throw new ChannelCallException($"Login with Amazon refused the connector's credentials ({error}).",
                retry: (int)response.StatusCode >= 500);
        }

        var json = Parse(text, "LWA token");
        var token = (string?)json?["access_token"] ?? throw new ChannelCallException("Login with Amazon answered no access_token.", retry: true);
        var seconds = json?["expires_in"]?.GetValue<int>() ?? 3600;
        tokens[key] = (token, now.AddSeconds(Math.Max(0, seconds - 60)));
        return token;
    }

    private async Task<HttpResponseMessage> SendRawAsync(HttpRequestMessage request, string operation, CancellationToken ct)
    {
        try
        {
            return await http.CreateClient("connectors").SendAsync(request, ct);
        }
        catch (HttpRequestException e)
        {
            throw new ChannelCallException($"Amazon {operation}: {e.Message}", retry: true, inner: e);
        }
        catch (TaskCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new ChannelCallException($"Amazon {operation} timed out.", retry: true, inner: e);
        }
    }

    private static ChannelCallException Failure(string operation, HttpResponseMessage response, string text)
    {
        var status = (int)response.StatusCode;
        var error = JsonNodeOrNull(text)?["errors"]?[0];
        var what = error is null ? $"HTTP {status}" : $"HTTP {status} {(string?)error["code"]}: {(string?)error["message"]}";
        if (status == 429)
        {
            var limit = response.Headers.TryGetValues("x-amzn-RateLimit-Limit", out var v) ? v.FirstOrDefault() : null;
            var wait = decimal.TryParse(limit, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) && rate > 0
                ? TimeSpan.FromSeconds((double)Math.Max(1m, 1m / rate))
                : TimeSpan.FromSeconds(60);
            return new ChannelCallException($"Amazon {operation}: {what} (rate limit {limit ?? "not given"} requests/s).", retry: true, wait);
        }

        return new ChannelCallException($"Amazon {operation}: {what}", retry: status >= 500 || status == 408);
    }

    private static JsonNode? Parse(string text, string operation)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new ChannelCallException($"Amazon {operation} answered something that is not JSON.", retry: true, inner: e);
        }
    }

    private static JsonNode? JsonNodeOrNull(string text)
    {
        try
        {
            return text.Length == 0 ? null : JsonNode.Parse(text);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static Uri BaseUrl(ConnectorRuntime c) => new(c.RequiredSetting("baseUrl").TrimEnd('/') + "/");

    private static string TokenKey(ConnectorRuntime c) =>
        $"{c.Id:N}|{c.Setting("tokenUrl")}|{c.Secret("clientId")}|{c.Secret("refreshToken").GetHashCode(StringComparison.Ordinal)}";
}
