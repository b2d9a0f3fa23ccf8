using System.Globalization;
using System.Text.Json.Nodes;
using Oms.Domain.Connectors;
using Oms.Server.Core.Inbox;

namespace Oms.Server.Features.Connectors.Bol;

/// <summary>
/// Polls bol.com's open retailer-fulfilled orders: <c>GET /retailer/orders?fulfilment-method=FBR&amp;status=OPEN&amp;page=N</c>
/// (up to 50 a page; an empty page, <c>{}</c>, ends the list) and each order's details (<c>GET /retailer/orders/{id}</c>), one
/// message per order with the dedup key orderId + the latest <c>latestChangedDateTime</c> of its items, so an order that
/// stays open is recognised when it comes again and one that changed (a cancellation request) is a new message. The cursor
/// is the page to read next (<c>page:N</c>); a sweep ends at the empty page and starts again at page 1. At most
/// <c>maxPages</c> pages (default 5) a poll. A 429, 5xx or network failure part-way answers the pages read so far with the
/// cursor at the failed page; one before anything was read throws, with bol's <c>Retry-After</c>.
/// </summary>
public sealed class BolPoller(IHttpClientFactory http, TimeProvider clock) : IOrderPoller
{
    private readonly BolClient client = new(http, clock);

    public ConnectorKind Kind => ConnectorKind.Bol;

    public async Task<PollBatch> PollAsync(ConnectorRuntime connector, CancellationToken ct)
    {
        var page = connector.Cursor is { } cursor && cursor.StartsWith("page:", StringComparison.Ordinal)
            && int.TryParse(cursor.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p > 0 ? p : 1;
        var maxPages = int.TryParse(connector.Settings["maxPages"]?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            && m > 0 ? m : 5;
        var messages = new List<InboundEnvelope>();
        for (var read = 0; read < maxPages; read++, page++)
        {
            List<InboundEnvelope> batch;
            try
            {
                var list = await client.SendAsync(connector, HttpMethod.Get,
                    $"retailer/orders?fulfilment-method=FBR&status=OPEN&page={page}", null, "getOrders", ct);
                var orders = list?["orders"]?.AsArray() ?? [];
                if (orders.Count == 0) return new PollBatch(messages, null, More: false);
                batch = [];
                foreach (var summary in orders)
                {
                    var id = (string?)summary?["orderId"] ?? throw new ChannelCallException("bol.com listed an order without orderId.", retry: false);
                    var detail = await client.SendAsync(connector, HttpMethod.Get, $"retailer/orders/{Uri.EscapeDataString(id)}", null, "getOrder", ct)
                        ?? throw new ChannelCallException($"bol.com answered order {id} with no body.", retry: true);
                    batch.Add(Envelope(connector, id, detail));
                }
            }
            catch (ChannelCallException) when (messages.Count > 0)
            {
                return new PollBatch(messages, $"page:{page}", More: true);
            }

            messages.AddRange(batch);
        }

        return new PollBatch(messages, $"page:{page}", More: true);
    }

    private static InboundEnvelope Envelope(ConnectorRuntime c, string id, JsonNode detail)
    {
        var changed = (detail["orderItems"]?.AsArray() ?? [])
            .Select(i => (string?)i?["latestChangedDateTime"])
            .Where(t => t is not null)
            .Select(t => DateTimeOffset.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d.UtcDateTime : DateTime.MinValue)
            .DefaultIfEmpty(DateTime.MinValue)
            .Max();
        var version = changed == DateTime.MinValue ? (string?)detail["orderPlacedDateTime"] ?? "" : changed.ToString("O", CultureInfo.InvariantCulture);
        return new InboundEnvelope(c.Code, c.Id, "retailer.order", $"{id}@{version}", BolClient.MediaType, detail.ToJsonString(),
            new Dictionary<string, string> { ["orderId"] = id, ["latestChangedDateTime"] = version });
    }
}
