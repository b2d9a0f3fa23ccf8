using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Oms.Ui.Api;

/// <summary>
/// The console's only way to the OMS: its public HTTP API, called with the signed-in person's session cookie. Permissions
/// and store scoping are the API's; a refusal comes back as the problem's status and detail, for the page to show.
/// </summary>
public sealed class OmsApi(IHttpClientFactory factory, ApiAddress address, ConsoleSession session, ConsoleRelay relay,
    PrerenderedAnswers prerendered)
{
    public const string ClientName = "oms-console";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>A GET; in a circuit's first render, the answer its prerendered page was built from (<see cref="PrerenderedAnswers"/>).</summary>
    public Task<ApiResult<T>> GetAsync<T>(string path, CancellationToken ct = default)
        => prerendered.TryServe(path, out var body)
            ? Task.FromResult(new ApiResult<T>(JsonSerializer.Deserialize<T>(body, Json), HttpStatusCode.OK, null))
            : SendAsync<T>(new HttpRequestMessage(HttpMethod.Get, path), ct);

    /// <summary>
    /// A GET that asks for an answer computed now rather than a snapshot the server keeps (<c>Cache-Control: no-cache</c>),
    /// as the dashboard's Refresh does.
    /// </summary>
    public Task<ApiResult<T>> GetFreshAsync<T>(string path, CancellationToken ct = default)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.CacheControl = new System.Net.Http.Headers.CacheControlHeaderValue { NoCache = true };
        return SendAsync<T>(request, ct);
    }

    public Task<ApiResult<T>> PostAsync<T>(string path, object body, CancellationToken ct = default)
        => SendAsync<T>(new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body, options: Json) }, ct);

    public Task<ApiResult<T>> PutAsync<T>(string path, object body, CancellationToken ct = default)
        => SendAsync<T>(new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(body, options: Json) }, ct);

    private async Task<ApiResult<T>> SendAsync<T>(HttpRequestMessage request, CancellationToken ct)
    {
        using (request)
        {
            if (session.Cookie is { } cookie) request.Headers.Add("Cookie", $"{ConsoleSession.CookieName}={cookie}");
            if (session.Address is { } browser) request.Headers.Add(ConsoleRelay.Header, relay.Value(browser));
            // As asked (the client makes it absolute when it sends): the key of a prerendered answer.
            var path = request.RequestUri?.OriginalString ?? "";
            using var http = factory.CreateClient(ClientName);
            http.BaseAddress = address.Get();
            try
            {
                using var response = await http.SendAsync(request, ct);
                if (response.IsSuccessStatusCode && prerendered.Recording && request.Method == HttpMethod.Get)
                {
                    // A prerendering: the body is also written into the page, for the circuit's first render.
                    var body = await response.Content.ReadAsStringAsync(ct);
                    prerendered.Keep(path, body);
                    return new ApiResult<T>(JsonSerializer.Deserialize<T>(body, Json), response.StatusCode, null);
                }
                if (response.IsSuccessStatusCode)
                    return new ApiResult<T>(await response.Content.ReadFromJsonAsync<T>(Json, ct), response.StatusCode, null);
                var text = await response.Content.ReadAsStringAsync(ct);
                return new ApiResult<T>(default, response.StatusCode, Problem(response, text), FieldErrors(text));
            }
            catch (HttpRequestException e)
            {
                return new ApiResult<T>(default, HttpStatusCode.ServiceUnavailable, $"The OMS could not be reached ({e.Message}).");
            }
        }
    }

    /// <summary>The problem's <c>detail</c> (RFC 9457), else its title, else the status in words.</summary>
    private static string Problem(HttpResponseMessage response, string text)
    {
        if (text.StartsWith('{'))
        {
            try
            {
                using var doc = JsonDocument.Parse(text);
                foreach (var name in new[] { "detail", "title" })
                    if (doc.RootElement.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String) return v.GetString()!;
            }
            catch (JsonException)
            {
                // Not a problem document: the status says it.
            }
        }
        return response.StatusCode switch
        {
            HttpStatusCode.Forbidden => "Your role does not allow this.",
            HttpStatusCode.NotFound => "Not found.",
            HttpStatusCode.TooManyRequests => "Too many requests; wait a moment and try again.",
            _ => $"The OMS answered {(int)response.StatusCode} {response.ReasonPhrase}.",
        };
    }

    /// <summary>The problem's <c>errors</c> (field path → messages), when it has any.</summary>
    private static Dictionary<string, string[]>? FieldErrors(string text)
    {
        if (!text.StartsWith('{')) return null;
        try
        {
            using var doc = JsonDocument.Parse(text);
            if (!doc.RootElement.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Object) return null;
            return errors.EnumerateObject().ToDictionary(e => e.Name, e => e.Value.ValueKind == JsonValueKind.Array
                ? [.. e.Value.EnumerateArray().Select(m => m.ToString())] : new[] { e.Value.ToString() }, StringComparer.OrdinalIgnoreCase);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
