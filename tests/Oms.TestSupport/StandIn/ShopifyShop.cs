using System.Globalization;
using System.Text.Json.Nodes;

namespace Oms.TestSupport.StandIn;

/// <summary>
/// The stand-in shop's orders as Shopify's Admin REST API (2024-07) keeps them: each order has one fulfillment order whose
/// line items carry <c>fulfillable_quantity</c>, a sale transaction, its fulfillments, refunds and cancellation; inventory
/// levels per inventory item and location. Not thread-safe: <see cref="ShopifyStandIn"/> serialises calls.
/// </summary>
internal sealed class ShopifyShop
{
    private readonly Dictionary<string, Order> orders = new(StringComparer.Ordinal);
    private long sequence = 5_000_000_000_000;

    public Dictionary<(long Item, long Location), int> Levels { get; } = [];

    public List<JsonObject> Fulfillments { get; } = [];

    public List<JsonObject> Refunds { get; } = [];

    public List<string> Cancelled { get; } = [];

    private sealed class Order
    {
        public required string Id { get; init; }
        public required long FulfillmentOrderId { get; init; }
        public required List<Item> Items { get; init; }
        public required long TransactionId { get; init; }
        public required decimal Paid { get; init; }
        public decimal Refunded { get; set; }
        public bool Cancelled { get; set; }
        public List<JsonObject> Refunds { get; } = [];
    }

    private sealed record Item(long Id, string LineItemId, int Quantity)
    {
        public int Fulfillable { get; set; } = Quantity;
    }

    public void Add(string orderId, decimal paid, IEnumerable<(string LineItemId, int Quantity)> lines) =>
        orders[orderId] = new Order
        {
            Id = orderId,
            FulfillmentOrderId = ++sequence,
            Items = [.. lines.Select(l => new Item(++sequence, l.LineItemId, l.Quantity))],
            TransactionId = ++sequence,
            Paid = paid,
        };

    public Answer FulfillmentOrders(string orderId)
    {
        if (!orders.TryGetValue(orderId, out var o)) return NotFound();
        var open = o.Items.Any(i => i.Fulfillable > 0);
        return new Answer(200, new JsonObject
        {
            ["fulfillment_orders"] = new JsonArray(new JsonObject
            {
                ["id"] = o.FulfillmentOrderId,
                ["order_id"] = long.Parse(o.Id, CultureInfo.InvariantCulture),
                ["status"] = o.Cancelled ? "cancelled" : open ? "open" : "closed",
                ["line_items"] = new JsonArray([.. o.Items.Select(i => (JsonNode)new JsonObject
                {
                    ["id"] = i.Id,
                    ["fulfillment_order_id"] = o.FulfillmentOrderId,
                    ["line_item_id"] = long.Parse(i.LineItemId, CultureInfo.InvariantCulture),
                    ["quantity"] = i.Quantity,
                    ["fulfillable_quantity"] = i.Fulfillable,
                })]),
            }),
        });
    }

    public Answer Fulfill(JsonNode? body)
    {
        var f = body?["fulfillment"];
        var groups = f?["line_items_by_fulfillment_order"]?.AsArray();
        if (groups is null || groups.Count == 0) return Unprocessable("line_items_by_fulfillment_order is required.");
        var moves = new List<(Item Item, int Quantity)>();
        Order? order = null;
        foreach (var g in groups)
        {
            var foId = g?["fulfillment_order_id"]?.GetValue<long>();
            order = orders.Values.FirstOrDefault(o => o.FulfillmentOrderId == foId);
            if (order is null || order.Cancelled) return Unprocessable($"Fulfillment order {foId} is not open.");
            foreach (var li in g!["fulfillment_order_line_items"]?.AsArray() ?? [])
            {
                var item = order.Items.FirstOrDefault(i => i.Id == li?["id"]?.GetValue<long>());
                var quantity = li?["quantity"]?.GetValue<int>() ?? 0;
                if (item is null || quantity < 1 || quantity > item.Fulfillable)
                    return Unprocessable("Invalid fulfillment order line item quantity requested.");
                moves.Add((item, quantity));
            }
        }

        foreach (var (item, quantity) in moves) item.Fulfillable -= quantity;
        var tracking = f!["tracking_info"];
        var fulfillment = new JsonObject
        {
            ["id"] = ++sequence,
            ["order_id"] = long.Parse(order!.Id, CultureInfo.InvariantCulture),
            ["status"] = "success",
            ["tracking_company"] = tracking?["company"]?.DeepClone(),
            ["tracking_number"] = tracking?["number"]?.DeepClone(),
            ["tracking_url"] = tracking?["url"]?.DeepClone(),
            ["line_items"] = new JsonArray([.. moves.Select(m => (JsonNode)new JsonObject
            {
                ["id"] = long.Parse(m.Item.LineItemId, CultureInfo.InvariantCulture),
                ["quantity"] = m.Quantity,
            })]),
        };
        Fulfillments.Add(fulfillment);
        return new Answer(201, new JsonObject { ["fulfillment"] = fulfillment.DeepClone() });
    }

    public Answer Cancel(string orderId, JsonNode? body)
    {
        if (!orders.TryGetValue(orderId, out var o)) return NotFound();
        if (o.Cancelled) return Unprocessable("Order has already been cancelled");
        if (o.Items.Any(i => i.Fulfillable < i.Quantity)) return Unprocessable("Cannot cancel an order with fulfilled line items");
        o.Cancelled = true;
        Cancelled.Add(orderId);
        return new Answer(200, new JsonObject
        {
            ["order"] = new JsonObject { ["id"] = long.Parse(orderId, CultureInfo.InvariantCulture), ["cancel_reason"] = body?["reason"]?.DeepClone() },
        });
    }

    public Answer Transactions(string orderId) => !orders.TryGetValue(orderId, out var o) ? NotFound() : new Answer(200, new JsonObject
    {
        ["transactions"] = new JsonArray(new JsonObject
        {
            ["id"] = o.TransactionId,
            ["order_id"] = long.Parse(orderId, CultureInfo.InvariantCulture),
            ["kind"] = "sale",
            ["gateway"] = "bogus",
            ["status"] = "success",
            ["amount"] = o.Paid.ToString("0.00", CultureInfo.InvariantCulture),
        }),
    });

    public Answer ListRefunds(string orderId) => !orders.TryGetValue(orderId, out var o) ? NotFound()
        : new Answer(200, new JsonObject { ["refunds"] = new JsonArray([.. o.Refunds.Select(r => r.DeepClone())]) });

    public Answer Refund(string orderId, JsonNode? body)
    {
        if (!orders.TryGetValue(orderId, out var o)) return NotFound();
        var refund = body?["refund"] as JsonObject;
        if (refund is null) return Unprocessable("refund is required.");
        decimal amount = 0;
        foreach (var t in refund["transactions"]?.AsArray() ?? [])
        {
            if (t?["parent_id"]?.GetValue<long>() != o.TransactionId) return Unprocessable("Parent transaction not found.");
            amount += decimal.Parse(t["amount"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        }
        if (amount > o.Paid - o.Refunded) return Unprocessable("Refund amount must be less than or equal to the refundable amount.");
        o.Refunded += amount;
        var stored = (JsonObject)refund.DeepClone();
        stored["id"] = ++sequence;
        stored["order_id"] = long.Parse(orderId, CultureInfo.InvariantCulture);
        o.Refunds.Add(stored);
        Refunds.Add(stored);
        return new Answer(201, new JsonObject { ["refund"] = stored.DeepClone() });
    }

    public Answer SetLevel(JsonNode? body, long knownLocation)
    {
        var location = body?["location_id"]?.GetValue<long>();
        var item = body?["inventory_item_id"]?.GetValue<long>();
        var available = body?["available"]?.GetValue<int>();
        if (location != knownLocation) return NotFound();
        if (item is null || available is null) return Unprocessable("inventory_item_id and available are required.");
        Levels[(item.Value, location.Value)] = available.Value;
        return new Answer(200, new JsonObject
        {
            ["inventory_level"] = new JsonObject { ["inventory_item_id"] = item, ["location_id"] = location, ["available"] = available },
        });
    }

    private static Answer NotFound() => new(404, new JsonObject { ["errors"] = "Not Found" });

    private static Answer Unprocessable(string message) =>
        new(422, new JsonObject { ["errors"] = new JsonObject { ["base"] = new JsonArray(message) } });
}
