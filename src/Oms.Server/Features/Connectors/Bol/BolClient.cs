using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Oms.Server.Features.Connectors.Bol;

/// <summary>
/// bol.com Retailer API v10 over HTTP for one connector: an OAuth client-credentials token (<c>POST {tokenUrl}?grant_type=
/// client_credentials</c> with Basic client id and secret, cached until a few seconds before <c>expires_in</c>), sent as a
/// Bearer token with the v10 media type; failures become <see cref="ChannelCallException"/>: 429 with the wait in
/// <c>Retry-After</c>, 5xx and network errors retried, other 4xx not (401 also drops the cached token).
/// </summary>
public sealed class BolClient(IHttpClientFactory http, TimeProvider clock)
{
    public const string MediaType = "application/vnd.retailer.v10+json";
    public const string DefaultTokenUrl = "https://login.bol.com/token";
    public const string DefaultBaseUrl = "https://api.bol.com/";

    private readonly ConcurrentDictionary<string, (string Token, DateTime Expires)> tokens = new(StringComparer.Ordinal);

    public async Task<JsonNode?> SendAsync(ConnectorRuntime c, HttpMethod method, string pathAndQuery, JsonNode? body, string operation,
        CancellationToken ct)
    {
        var token = await TokenAsync(c, ct);
        var baseUrl = new Uri((c.Setting("baseUrl") ?? DefaultBaseUrl).TrimEnd('/') + "/");
        using var request = new HttpRequestMessage(method, new Uri(baseUrl, pathAndQuery.TrimStart('/')));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(MediaType));
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(MediaType);
        }

        using var response = await SendRawAsync(request, operation, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (response.StatusCode == HttpStatusCode.Unauthorized) tokens.TryRemove(TokenKey(c), out _);
        if (!response.IsSuccessStatusCode) throw Failure(operation, response, text);
        return text.Length == 0 ? null : Parse(text, operation);
    }

    private async Task<string> TokenAsync(ConnectorRuntime c, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var key = TokenKey(c);
        if (tokens.TryGetValue(key, out var cached) && cached.Expires > now) return cached.Token;

        var url = (c.Setting("tokenUrl") ?? DefaultTokenUrl) + "?grant_type=client_credentials";
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{c.Secret("clientId")}:{c.Secret("clientSecret")}")));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await SendRawAsync(request, "token", ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
        {
            if ((int)response.StatusCode is 429 or >= 500) throw Failure("token", response, text);
            throw new ChannelCallException($"bol.com refused the connector's client credentials (HTTP {(int)response.StatusCode}).", retry: false);
        }

        var json = Parse(text, "token");
        var token = (string?)json?["access_token"] ?? throw new ChannelCallException("bol.com answered no access_token.", retry: true);
        var seconds = json?["expires_in"]?.GetValue<int>() ?? 299;
        tokens[key] = (token, now.AddSeconds(Math.Max(0, seconds - 15)));
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
            throw new ChannelCallException($"bol.com {operation}: {e.Message}", retry: true, inner: e);
        }
        catch (TaskCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new ChannelCallException($"bol.com {operation} timed out.", retry: true, inner: e);
        }
    }

    private static ChannelCallException Failure(string operation, HttpResponseMessage response, string text)
    {
        var status = (int)response.StatusCode;
        var problem = Quiet(text);
        var what = $"HTTP {status}" + (problem?["detail"] is { } d ? $": {d}" : problem?["title"] is { } t ? $": {t}" : "");
        if (status == 429)
        {
            var wait = response.Headers.RetryAfter?.Delta
                ?? (response.Headers.TryGetValues("Retry-After", out var v)
                    && int.TryParse(v.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? TimeSpan.FromSeconds(s) : (TimeSpan?)null)
                ?? TimeSpan.FromSeconds(60);
            return new ChannelCallException($"bol.com {operation}: {what}", retry: true, wait);
        }

        return new ChannelCallException($"bol.com {operation}: {what}", retry: status >= 500 || status == 408);
    }

    private static JsonNode? Parse(string text, string operation) =>
        Quiet(text) ?? throw new ChannelCallException($"bol.com {operation} answered something that is not JSON.", retry: true);

    private static JsonNode? Quiet(string text)
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

    private static string TokenKey(ConnectorRuntime c) =>
        $"{c.Id:N}|{c.Setting("tokenUrl")}|{c.Secret("clientId")}|{c.Secret("clientSecret").GetHashCode(StringComparison.Ordinal)}";
}
