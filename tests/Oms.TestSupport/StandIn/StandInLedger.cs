using System.Globalization;
using System.Text.Json.Nodes;

namespace Oms.TestSupport.StandIn;

/// <summary>An HTTP answer of the stand-in: a JSON body, or a raw one for unreadable answers.</summary>
public sealed record Answer(int Status, JsonNode? Json, string? Raw = null);

/// <summary>
/// The stand-in's PaymentIntents and Refunds, behaving as Stripe's API reference describes them: amounts in minor
/// units, manual capture with optional multicapture, cancel releasing what is left, refunds up to what was received.
/// Not thread-safe by itself: <see cref="StripeStandIn"/> serialises calls.
/// </summary>
internal sealed class StandInLedger
{
    private readonly Dictionary<string, Intent> intents = [];
    private int sequence;

    private sealed class Intent
    {
        public required string Id { get; init; }
        public required string ChargeId { get; init; }
        public required long Amount { get; init; }
        public required string Currency { get; init; }
        public required string PaymentMethod { get; init; }
        public required bool Multicapture { get; init; }
        public required JsonObject Metadata { get; init; }
        public long Capturable { get; set; }
        public long Received { get; set; }
        public long Refunded { get; set; }
        public string Status { get; set; } = "requires_capture";
    }

    public Answer CreateIntent(IReadOnlyDictionary<string, string> form)
    {
        if (!TryAmount(form, "amount", out var amount) || amount < 1)
            return Errors.InvalidRequest("parameter_invalid_integer", "amount", "Invalid integer: amount must be a positive integer.");
        var currency = form.GetValueOrDefault("currency", "");
        if (currency.Length != 3 || !currency.All(char.IsAsciiLetterLower))
            return Errors.InvalidRequest("parameter_invalid_string", "currency", "Currency must be a three-letter lower-case ISO code.");
        if (form.GetValueOrDefault("capture_method") != "manual" || form.GetValueOrDefault("confirm") != "true")
            return Errors.InvalidRequest("parameter_unknown", "capture_method", "The stand-in only models confirmed manual-capture PaymentIntents.");

        var token = form.GetValueOrDefault("payment_method", "");
        switch (token)
        {
            case StandInTokens.ChargeDeclined:
                return Errors.CardDeclined("card_declined", "generic_decline", "Your card was declined.");
            case StandInTokens.InsufficientFunds:
                return Errors.CardDeclined("card_declined", "insufficient_funds", "Your card has insufficient funds.");
            case StandInTokens.AuthenticationRequired when form.GetValueOrDefault("error_on_requires_action") == "true":
                return Errors.CardDeclined("authentication_required", "authentication_required", "Your card was declined. This transaction requires authentication.");
            case StandInTokens.ServerError:
                return Errors.Server();
            case StandInTokens.Unreadable:
                return new Answer(200, null, "<html><body><h1>502 Bad Gateway</h1></body></html>");
            case not (StandInTokens.Visa or StandInTokens.MulticaptureUnavailable or StandInTokens.Slow or StandInTokens.Held
                or StandInTokens.AuthenticationRequired):
                return Errors.InvalidRequest("resource_missing", "payment_method", $"No such PaymentMethod: '{token}'", 400);
        }

        var id = NextId("pi");
        var intent = new Intent
        {
            Id = id,
            ChargeId = NextId("ch"),
            Amount = amount,
            Currency = currency,
            PaymentMethod = token,
            Multicapture = form.GetValueOrDefault("payment_method_options[card][request_multicapture]") == "if_available"
                && token != StandInTokens.MulticaptureUnavailable,
            Metadata = Metadata(form),
            Capturable = token == StandInTokens.AuthenticationRequired ? 0 : amount,
            Status = token == StandInTokens.AuthenticationRequired ? "requires_action" : "requires_capture",
        };
        intents[id] = intent;
        return new Answer(200, Json(intent, expandCharge: false));
    }

    public Answer GetIntent(string id, bool expandCharge) =>
        intents.TryGetValue(id, out var intent) ? new Answer(200, Json(intent, expandCharge)) : Errors.NoSuchIntent(id);

    public Answer Capture(string id, IReadOnlyDictionary<string, string> form)
    {
        if (!intents.TryGetValue(id, out var intent)) return Errors.NoSuchIntent(id);
        if (intent.Status != "requires_capture") return Errors.UnexpectedState(intent.Status, "capture");
        var amount = form.ContainsKey("amount_to_capture") && TryAmount(form, "amount_to_capture", out var a) ? a : intent.Capturable;
        if (amount < 1 || amount > intent.Capturable)
            return Errors.InvalidRequest("amount_too_large", "amount_to_capture", $"Amount to capture must be between 1 and {intent.Capturable}.");
        var final = form.GetValueOrDefault("final_capture", "true") != "false";
        if (!final && !intent.Multicapture)
            return Errors.InvalidRequest("parameter_invalid", "final_capture", "final_capture=false needs multicapture available on this PaymentIntent.");

        intent.Received += amount;
        intent.Capturable = final ? 0 : intent.Capturable - amount;
        if (intent.Capturable == 0) intent.Status = "succeeded";
        return new Answer(200, Json(intent, expandCharge: false));
    }

    public Answer Cancel(string id)
    {
        if (!intents.TryGetValue(id, out var intent)) return Errors.NoSuchIntent(id);
        if (intent.Status is "succeeded" or "canceled") return Errors.UnexpectedState(intent.Status, "cancel");
        intent.Status = "canceled";
        intent.Capturable = 0;
        return new Answer(200, Json(intent, expandCharge: false));
    }

    public Answer Refund(IReadOnlyDictionary<string, string> form)
    {
        var intent = form.TryGetValue("payment_intent", out var pi) ? intents.GetValueOrDefault(pi)
            : form.TryGetValue("charge", out var ch) ? intents.Values.FirstOrDefault(i => i.ChargeId == ch)
            : null;
        if (intent is null) return Errors.InvalidRequest("resource_missing", "payment_intent", "No such payment_intent or charge.");
        var refundable = intent.Received - intent.Refunded;
        var amount = form.ContainsKey("amount") && TryAmount(form, "amount", out var a) ? a : refundable;
        if (refundable == 0) return Errors.InvalidRequest("charge_already_refunded", "amount", "This charge has nothing left to refund.");
        if (amount < 1 || amount > refundable)
            return Errors.InvalidRequest("amount_too_large", "amount", $"Refund amount ({amount}) is greater than unrefunded amount on charge ({refundable}).");

        intent.Refunded += amount;
        return new Answer(200, new JsonObject
        {
            ["id"] = NextId("re"),
            ["object"] = "refund",
            ["amount"] = amount,
            ["currency"] = intent.Currency,
            ["payment_intent"] = intent.Id,
            ["charge"] = intent.ChargeId,
            ["status"] = "succeeded",
            ["metadata"] = Metadata(form),
        });
    }

    private string NextId(string prefix) => $"{prefix}_standin{++sequence:D6}";

    private static bool TryAmount(IReadOnlyDictionary<string, string> form, string key, out long amount) =>
        long.TryParse(form.GetValueOrDefault(key), NumberStyles.None, CultureInfo.InvariantCulture, out amount);

    private static JsonObject Metadata(IReadOnlyDictionary<string, string> form)
    {
        var metadata = new JsonObject();
        foreach (var (key, value) in form.Where(f => f.Key.StartsWith("metadata[", StringComparison.Ordinal)))
            metadata[key["metadata[".Length..^1]] = value;
        return metadata;
    }

    private static JsonObject Json(Intent intent, bool expandCharge) => new()
    {
        ["id"] = intent.Id,
        ["object"] = "payment_intent",
        ["amount"] = intent.Amount,
        ["amount_capturable"] = intent.Capturable,
        ["amount_received"] = intent.Received,
        ["currency"] = intent.Currency,
        ["status"] = intent.Status,
        ["capture_method"] = "manual",
        ["payment_method"] = intent.PaymentMethod,
        ["livemode"] = false,
        ["metadata"] = intent.Metadata.DeepClone(),
        ["latest_charge"] = !expandCharge ? intent.ChargeId : new JsonObject
        {
            ["id"] = intent.ChargeId,
            ["object"] = "charge",
            ["amount"] = intent.Amount,
            ["amount_captured"] = intent.Received,
            ["currency"] = intent.Currency,
            ["payment_intent"] = intent.Id,
            ["status"] = "succeeded",
            ["payment_method_details"] = new JsonObject
            {
                ["type"] = "card",
                ["card"] = new JsonObject
                {
                    ["brand"] = "visa",
                    ["last4"] = "4242",
                    ["multicapture"] = new JsonObject { ["status"] = intent.Multicapture ? "available" : "unavailable" },
                },
            },
        },
    };
}
