using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.Options;
using Oms.Domain.Webhooks;
using Oms.Server.Core.Outbox;
using StandardWebhooks;

namespace Oms.Server.Features.Webhooks;

/// <summary>
/// POSTs one event to one subscription, signed as Standard Webhooks say: <c>webhook-id</c> is the event id (the same on
/// every attempt and node, so a receiver can drop repeats), <c>webhook-timestamp</c> the time of this attempt, and
/// <c>webhook-signature</c> <c>v1,</c> + base64 HMAC-SHA256 of <c>{id}.{timestamp}.{body}</c> with the secret's key bytes
/// (made by the StandardWebhooks library). Redirects are not followed; the attempt has <see cref="WebhookOptions.Timeout"/>.
/// </summary>
public sealed class WebhookSender(IHttpClientFactory clients, IOptions<WebhookOptions> options, TimeProvider clock)
{
    public const string ClientName = "webhooks";
    private static readonly TimeSpan MaxRetryAfter = TimeSpan.FromHours(6);

    public async Task<WebhookCall> SendAsync(WebhookSubscription subscription, OutboxMessage message, CancellationToken ct)
    {
        var body = CloudEventBody.Build(message);
        var now = clock.GetUtcNow();
        var id = message.EventId.ToString();
        using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Url)
        {
            Content = new StringContent(body, Encoding.UTF8, CloudEventBody.MediaType),
        };
        request.Headers.Add("webhook-id", id);
        request.Headers.Add("webhook-timestamp", now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", new StandardWebhook(subscription.Secret).Sign(id, now, body));

        // Durations are measured, not business time: the stopwatch, not the injected clock.
        var started = Stopwatch.GetTimestamp();
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(ct);
        attempt.CancelAfter(options.Value.Timeout);
        try
        {
            using var response = await clients.CreateClient(ClientName)
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, attempt.Token);
            var status = (int)response.StatusCode;
            var error = status switch
            {
                >= 200 and < 300 => null,
                >= 300 and < 400 => $"HTTP {status} {response.ReasonPhrase}: redirects are not followed; subscribe the final URL.",
                _ => $"HTTP {status} {response.ReasonPhrase}",
            };
            return new WebhookCall(now.UtcDateTime, Elapsed(started), status, error, RetryAfter(response, now));
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new WebhookCall(now.UtcDateTime, Elapsed(started), null,
                $"No answer within {options.Value.Timeout.TotalSeconds:0.###} s.");
        }
        catch (HttpRequestException ex)
        {
            return new WebhookCall(now.UtcDateTime, Elapsed(started), null, $"{ex.HttpRequestError}: {ex.Message}");
        }
    }

    private static int Elapsed(long started) => (int)Math.Min(int.MaxValue, Stopwatch.GetElapsedTime(started).TotalMilliseconds);

    private static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now)
    {
        if (response.StatusCode is not (HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable)) return null;
        var asked = response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - now,
            _ => (TimeSpan?)null,
        };
        return asked is null ? null : TimeSpan.FromTicks(Math.Clamp(asked.Value.Ticks, 0, MaxRetryAfter.Ticks));
    }
}
