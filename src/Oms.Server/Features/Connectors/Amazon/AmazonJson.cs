using System.Globalization;
using System.Text.Json;
using Oms.Server.Core.Inbox;

namespace Oms.Server.Features.Connectors.Amazon;

/// <summary>Reading SP-API JSON: PascalCase properties, Money as <c>{CurrencyCode, Amount}</c> with the amount a string.</summary>
internal static class AmazonJson
{
    public static string? Text(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static int Int(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number
            && v.TryGetInt32(out var i) ? i : 0;

    public static JsonElement Child(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) ? v : default;

    /// <summary>A Money field's amount (0 when absent); its currency must be the order's, when one is known.</summary>
    public static decimal Money(JsonElement e, string name, string field, ref string? currency)
    {
        var money = Child(e, name);
        if (money.ValueKind != JsonValueKind.Object) return 0m;
        var amount = Text(money, "Amount");
        if (!decimal.TryParse(amount, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            throw new InboundRejectedException($"{field}.Amount", $"{field}.Amount \"{amount}\" is not an amount.");
        var code = Text(money, "CurrencyCode");
        if (code is not null)
        {
            if (currency is not null && !string.Equals(code, currency, StringComparison.OrdinalIgnoreCase))
                throw new InboundRejectedException($"{field}.CurrencyCode", $"{field} is in {code}, the order in {currency}: an order has one currency.");
            currency ??= code;
        }

        return value;
    }
}
