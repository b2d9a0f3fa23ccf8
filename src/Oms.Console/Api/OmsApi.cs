using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Oms.Ui.Api;

/// <summary>
/// The console's only way to the OMS: its public HTTP API, called with the signed-in person's session cookie. Permissions
/// and store scoping are the API's; a refusal comes back as the problem's status and detail, for the page to show.
/// </summary>
public sealed class OmsApi(IHttpClientFactory factory, ApiAddress address, ConsoleSession session, ConsoleRelay relay)
{
    public const string ClientName = "oms-console";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task<ApiResult<T>> GetAsync<T>(string path, CancellationToken ct = default)
        => SendAsync<T>(new HttpRequestMessage(HttpMethod.Get, path), ct);

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
            using var http = factory.CreateClient(ClientName);
            http.BaseAddress = address.Get();
            try
            {
                using var response = await http.SendAsync(request, ct);
                if (response.IsSuccessStatusCode)
                    return new ApiResult<T>(await response.Content.ReadFromJsonAsync<T>(Json, ct), response.StatusCode, null);
                var (problem, errors) = await ProblemAsync(response, ct);
                return new ApiResult<T>(default, response.StatusCode, problem, errors);
            }
            catch (HttpRequestException e)
            {
                return new ApiResult<T>(default, HttpStatusCode.ServiceUnavailable, $"The OMS could not be reached ({e.Message}).");
            }
        }
    }

    /// <summary>The problem's <c>detail</c> (RFC 9457), else its title, else the status in words; and its field errors, if any.</summary>
    private static async Task<(string Problem, IReadOnlyDictionary<string, string[]>? Errors)> ProblemAsync(HttpResponseMessage response,
        CancellationToken ct)
    {
        var text = await response.Content.ReadAsStringAsync(ct);
        if (text.StartsWith('{'))
        {
            try
            {
                using var doc = JsonDocument.Parse(text);
                var errors = doc.RootElement.TryGetProperty("errors", out var e) && e.ValueKind == JsonValueKind.Object
                    ? e.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.Array
                        ? [.. p.Value.EnumerateArray().Select(m => m.ToString())] : new[] { p.Value.ToString() })
                    : null;
                foreach (var name in new[] { "detail", "title" })
                    if (doc.RootElement.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String) return (v.GetString()!, errors);
            }
            catch (JsonException)
            {
                // Not a problem document: the status says it.
            }
        }
        return (response.StatusCode switch
        {
            HttpStatusCode.Forbidden => "Your role does not allow this.",
            HttpStatusCode.NotFound => "Not found.",
            HttpStatusCode.TooManyRequests => "Too many requests; wait a moment and try again.",
            _ => $"The OMS answered {(int)response.StatusCode} {response.ReasonPhrase}.",
        }, null);
    }
}
