using System.Globalization;
using System.Text.Json.Nodes;

namespace Oms.TestSupport.StandIn;

/// <summary>
/// The stand-in WooCommerce shop's orders (status, notes, refunds) and stock per product or variation, as REST v3 keeps
/// them. Not thread-safe: <see cref="WooCommerceStandIn"/> serialises calls.
/// </summary>
internal sealed class WooCommerceShop
{
    private static readonly string[] Statuses = ["pending", "processing", "on-hold", "completed", "cancelled", "refunded", "failed"];
    private readonly Dictionary<string, Order> orders = new(StringComparer.Ordinal);
    private int sequence = 900;

    public Dictionary<string, int> Stock { get; } = new(StringComparer.Ordinal);

    private sealed class Order
    {
        public required string Id { get; init; }
        public required string Status { get; set; }
        public required decimal Total { get; init; }
        public decimal Refunded { get; set; }
        public List<JsonObject> Notes { get; } = [];
        public List<JsonObject> Refunds { get; } = [];
        public List<string> History { get; } = [];
    }

    public void Add(string id, string status, decimal total) => orders[id] = new Order { Id = id, Status = status, Total = total };

    public string? Status(string id) => orders.TryGetValue(id, out var o) ? o.Status : null;

    public IReadOnlyList<string> History(string id) => orders.TryGetValue(id, out var o) ? [.. o.History] : [];

    public IReadOnlyList<JsonObject> Notes(string id) => orders.TryGetValue(id, out var o) ? [.. o.Notes.Select(n => (JsonObject)n.DeepClone())] : [];

    public IReadOnlyList<JsonObject> Refunds(string id) => orders.TryGetValue(id, out var o) ? [.. o.Refunds.Select(n => (JsonObject)n.DeepClone())] : [];

    public Answer Update(string id, JsonNode? body)
    {
        if (!orders.TryGetValue(id, out var o)) return InvalidId("woocommerce_rest_shop_order_invalid_id");
        if (body?["status"]?.GetValue<string>() is { } status)
        {
            if (!Statuses.Contains(status, StringComparer.Ordinal))
                return Error(400, "rest_invalid_param", "Invalid parameter(s): status");
            if (o.Status != status) o.History.Add(status);
            o.Status = status;
        }
        return new Answer(200, new JsonObject { ["id"] = long.Parse(id, CultureInfo.InvariantCulture), ["status"] = o.Status });
    }

    public Answer ListNotes(string id) => !orders.TryGetValue(id, out var o) ? InvalidId("woocommerce_rest_order_invalid_id")
        : new Answer(200, new JsonArray([.. o.Notes.Select(n => n.DeepClone())]));

    public Answer AddNote(string id, JsonNode? body)
    {
        if (!orders.TryGetValue(id, out var o)) return InvalidId("woocommerce_rest_order_invalid_id");
        if (body?["note"]?.GetValue<string>() is not { Length: > 0 } text)
            return Error(400, "rest_missing_callback_param", "Missing parameter(s): note");
        var note = new JsonObject
        {
            ["id"] = ++sequence,
            ["author"] = "WooCommerce",
            ["date_created"] = "2017-03-21T16:46:41",
            ["note"] = text,
            ["customer_note"] = body["customer_note"]?.GetValue<bool>() ?? false,
        };
        o.Notes.Add(note);
        return new Answer(201, note.DeepClone());
    }

    public Answer ListRefunds(string id) => !orders.TryGetValue(id, out var o) ? InvalidId("woocommerce_rest_order_invalid_id")
        : new Answer(200, new JsonArray([.. o.Refunds.Select(n => n.DeepClone())]));

    public Answer AddRefund(string id, JsonNode? body)
    {
        if (!orders.TryGetValue(id, out var o)) return InvalidId("woocommerce_rest_order_invalid_id");
        if (!decimal.TryParse(body?["amount"]?.GetValue<string>(), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount)
            || amount <= 0 || amount > o.Total - o.Refunded)
            return Error(400, "woocommerce_rest_cannot_create_order_refund", "Invalid refund amount.");
        o.Refunded += amount;
        var refund = new JsonObject
        {
            ["id"] = ++sequence,
            ["date_created"] = "2017-03-21T17:07:11",
            ["amount"] = amount.ToString("0.00", CultureInfo.InvariantCulture),
            ["reason"] = body!["reason"]?.DeepClone(),
            ["refunded_by"] = 1,
            ["refunded_payment"] = body["api_refund"]?.GetValue<bool>() ?? true,
            ["meta_data"] = body["meta_data"]?.DeepClone() ?? new JsonArray(),
            ["line_items"] = new JsonArray(),
        };
        o.Refunds.Add(refund);
        return new Answer(201, refund.DeepClone());
    }

    /// <summary><c>products/batch</c> or <c>products/{parent}/variations/batch</c>: sets stock of each item in <c>update</c>.</summary>
    public Answer Batch(string? parent, JsonNode? body)
    {
        var updates = body?["update"]?.AsArray() ?? [];
        if (updates.Count > 100) return Error(413, "woocommerce_rest_request_entity_too_large", "Unable to accept more than 100 items for this request.");
        var result = new JsonArray();
        foreach (var u in updates)
        {
            var id = u?["id"]?.ToString() ?? "";
            var key = parent is null ? id : $"{parent}/{id}";
            if (u?["stock_quantity"]?.GetValue<int>() is { } quantity) Stock[key] = quantity;
            result.Add(new JsonObject { ["id"] = long.Parse(id, CultureInfo.InvariantCulture), ["manage_stock"] = true, ["stock_quantity"] = Stock.GetValueOrDefault(key) });
        }
        return new Answer(200, new JsonObject { ["update"] = result });
    }

    private static Answer InvalidId(string code) => Error(404, code, "Invalid ID.");

    internal static Answer Error(int status, string code, string message) => new(status, new JsonObject
    {
        ["code"] = code,
        ["message"] = message,
        ["data"] = new JsonObject { ["status"] = status },
    });
}
