using System.Globalization;

namespace Oms.Ui.Components.Shared;

/// <summary>How the console writes states, times and money.</summary>
public static class OrderWords
{
    /// <summary>The order states the API knows, in its spelling (camelCase).</summary>
    public static readonly IReadOnlyList<string> Statuses =
    [
        "created", "exception", "backordered", "allocated", "released", "inFulfilment", "partiallyShipped", "shipped",
        "readyForPickup", "completed", "cancelled",
    ];

    /// <summary><c>partiallyShipped</c> → "Partially shipped".</summary>
    public static string Status(string status)
    {
        if (string.IsNullOrEmpty(status)) return status;
        var words = string.Concat(status.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    public static string Time(DateTime at) => at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static string Time(DateTime? at) => at is { } t ? Time(t) : "—";

    public static string Money(decimal amount, string currency) => $"{currency} {amount.ToString("N2", CultureInfo.InvariantCulture)}";

    /// <summary>Lines that have not left yet may still be cancelled (the API decides; this only offers the action).</summary>
    public static bool MayCancel(string lineStatus) => lineStatus is "created" or "backordered" or "allocated" or "released" or "picked"
        or "packed" or "readyForPickup" or "exception";
}
