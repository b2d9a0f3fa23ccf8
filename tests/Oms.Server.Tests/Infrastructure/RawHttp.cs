using System.Text;

namespace Oms.Server.Tests.Infrastructure;

/// <summary>
/// Requests as bytes, for tests that send what a well-behaved client would not: a JSON text as written (lone surrogate
/// escapes, numbers past every .NET type), header values in UTF-8 or as arbitrary bytes.
/// Every request carries <paramref name="apiKey"/> unless it names an <c>X-Api-Key</c> of its own.
/// </summary>
public sealed class RawHttp(Uri baseAddress, string apiKey) : IDisposable
{
    // Header values go out as Latin-1, one byte per character: Utf8() turns text into the characters of its UTF-8 bytes.
    private readonly HttpClient _http = new(new SocketsHttpHandler { RequestHeaderEncodingSelector = (_, _) => Encoding.Latin1 })
    {
        BaseAddress = baseAddress,
    };

    /// <summary>A header value whose bytes on the wire are the UTF-8 encoding of <paramref name="text"/>.</summary>
    public static string Utf8(string text) => Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(text));

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, string? json = null, params (string Name, string Bytes)[] headers)
    {
        using var request = new HttpRequestMessage(method, url);
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        if (!headers.Any(h => h.Name == "X-Api-Key")) request.Headers.Add("X-Api-Key", apiKey);
        foreach (var (name, bytes) in headers) request.Headers.TryAddWithoutValidation(name, bytes);
        return await _http.SendAsync(request);
    }

    public void Dispose() => _http.Dispose();
}
