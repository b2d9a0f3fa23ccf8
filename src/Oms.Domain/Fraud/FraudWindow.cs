using System.Globalization;

namespace Oms.Domain.Fraud;

/// <summary>
/// A look-back window as fraud rule documents write it: a whole number of minutes, hours or days
/// (<c>"30m"</c>, <c>"24h"</c>, <c>"7d"</c>). Written back in the largest unit that divides it exactly.
/// </summary>
public static class FraudWindow
{
    public static readonly TimeSpan Longest = TimeSpan.FromDays(366);

    public static bool TryParse(string? text, out TimeSpan window)
    {
        window = default;
        var t = text?.Trim();
        if (t is not { Length: >= 2 }) return false;
        if (!int.TryParse(t.AsSpan(0, t.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0) return false;
        TimeSpan? parsed = char.ToLowerInvariant(t[^1]) switch
        {
            'm' => TimeSpan.FromMinutes(n),
            'h' => TimeSpan.FromHours(n),
            'd' => TimeSpan.FromDays(n),
            _ => null,
        };
        if (parsed is not { } w || !IsValid(w)) return false;
        window = w;
        return true;
    }

    /// <summary>Whole minutes, at least one, at most <see cref="Longest"/>.</summary>
    public static bool IsValid(TimeSpan window)
        => window >= TimeSpan.FromMinutes(1) && window <= Longest && window.Ticks % TimeSpan.TicksPerMinute == 0;

    /// <summary>For reasons people read: "30 minutes", "24 hours", "7 days".</summary>
    public static string Describe(TimeSpan window)
    {
        var minutes = (long)window.TotalMinutes;
        return minutes % (24 * 60) == 0 && minutes >= 48 * 60 ? $"{minutes / (24 * 60)} days"
            : minutes == 60 ? "hour"
            : minutes % 60 == 0 ? $"{minutes / 60} hours"
            : minutes == 1 ? "minute"
            : $"{minutes} minutes";
    }

    /// <summary>The document's form: the largest unit that divides the window exactly (24h is written "1d").</summary>
    public static string Format(TimeSpan window)
    {
        var minutes = (long)window.TotalMinutes;
        return minutes % (24 * 60) == 0 ? $"{minutes / (24 * 60)}d"
            : minutes % 60 == 0 ? $"{minutes / 60}h"
            : $"{minutes}m";
    }
}
