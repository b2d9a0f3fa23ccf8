using System.Globalization;

namespace Oms.Ui.Components.Pages;

/// <summary>
/// The dashboard's filter: a period of whole UTC days (the browser's date fields, yyyy-MM-dd, both days included), a channel
/// and a location; turned into the query of <c>GET /api/kpis</c> and of its CSV tables.
/// </summary>
public sealed class DashboardFilter
{
    public string? Channel { get; set; }
    public string? Location { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }

    /// <summary>The last 30 days, today included.</summary>
    public static DashboardFilter Last30Days(DateTime today) => new()
    {
        From = today.AddDays(-29).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        To = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    public string Query()
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) parts.Add($"{name}={Uri.EscapeDataString(value.Trim())}");
        }
        Add("channel", Channel);
        Add("location", Location);
        if (Day(From) is { } from) Add("from", from.ToString("O", CultureInfo.InvariantCulture));
        if (Day(To) is { } to) Add("to", to.AddDays(1).ToString("O", CultureInfo.InvariantCulture));
        return string.Join('&', parts);
    }

    private static DateTime? Day(string? value)
        => DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var day) ? DateTime.SpecifyKind(day, DateTimeKind.Utc) : null;
}
