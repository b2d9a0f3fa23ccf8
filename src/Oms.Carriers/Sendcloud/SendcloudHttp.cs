using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Oms.Carriers.Sendcloud;

/// <summary>
/// Sendcloud over HTTP: Basic authentication with the public and secret key, JSON in and out, and every answer other
/// than 2xx turned into a <see cref="CarrierException"/> (see <see cref="SendcloudErrors"/>).
/// </summary>
internal sealed class SendcloudHttp : IDisposable
{
    private readonly HttpClient http;
    private readonly Uri root;

    public SendcloudHttp(SendcloudOptions options)
    {
        root = new Uri(options.BaseUrl.ToString().TrimEnd('/') + "/");
        // One long-lived client; a pooled connection lifetime so DNS changes are picked up.
        http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            Timeout = options.Timeout,
        };
        var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.PublicKey}:{options.SecretKey}"));
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", credentials);
        http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("Oms.Carriers", "1.0"));
    }

    public void Dispose() => http.Dispose();

    /// <summary>Sends JSON (or nothing) and answers the status and the parsed body of a 2xx answer.</summary>
    public async Task<(HttpStatusCode Status, JsonNode Body)> SendAsync(HttpMethod method, string path, JsonNode? body,
        CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, new Uri(root, path));
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await SendRawAsync(request, ct);
        var text = await ReadAsync(response, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw SendcloudErrors.FromAnswer(response, text);
        }

        try
        {
            return (response.StatusCode, JsonNode.Parse(text) ?? throw new JsonException("empty body"));
        }
        catch (JsonException e)
        {
            throw new CarrierException(CarrierErrorKind.Unavailable,
                $"Sendcloud answered HTTP {(int)response.StatusCode} with a body that could not be read.", (int)response.StatusCode, inner: e);
        }
    }

    /// <summary>Downloads a document (a label) as bytes.</summary>
    public async Task<byte[]> GetBytesAsync(string path, string accept, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(root, path));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        using var response = await SendRawAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw SendcloudErrors.FromAnswer(response, await ReadAsync(response, ct));
        }

        try
        {
            return await response.Content.ReadAsByteArrayAsync(ct);
        }
        catch (Exception e) when (e is HttpRequestException or IOException || (e is TaskCanceledException && !ct.IsCancellationRequested))
        {
            throw Unreachable(e);
        }
    }

    private async Task<HttpResponseMessage> SendRawAsync(HttpRequestMessage request, CancellationToken ct)
    {
        try
        {
            return await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
        }
        catch (Exception e) when (e is HttpRequestException or IOException || (e is TaskCanceledException && !ct.IsCancellationRequested))
        {
            throw Unreachable(e);
        }
    }

    private static async Task<string> ReadAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            return await response.Content.ReadAsStringAsync(ct);
        }
        catch (Exception e) when (e is HttpRequestException or IOException || (e is TaskCanceledException && !ct.IsCancellationRequested))
        {
            throw Unreachable(e);
        }
    }

    private static CarrierException Unreachable(Exception e) => e is TaskCanceledException
        ? new CarrierException(CarrierErrorKind.Unavailable, "Sendcloud did not answer within the timeout; the request may have been carried out.", inner: e)
        : new CarrierException(CarrierErrorKind.Unavailable,
            string.Create(CultureInfo.InvariantCulture, $"Sendcloud could not be reached: {e.Message}"), inner: e);
}
