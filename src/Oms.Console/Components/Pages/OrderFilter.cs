using System.Globalization;

namespace Oms.Ui.Components.Pages;

/// <summary>The order search form, turned into the query of <c>GET /api/orders</c>.</summary>
public sealed class OrderFilter
{
    public string? Number { get; set; }
    public string? ChannelOrderId { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Name { get; set; }
    public string? Status { get; set; }
    public string? Channel { get; set; }
    public string? Store { get; set; }
    /// <summary>A date as the browser's date field gives it (yyyy-MM-dd), from its first moment (UTC).</summary>
    public string? From { get; set; }
    /// <summary>A date as the browser's date field gives it, to its last moment (UTC).</summary>
    public string? To { get; set; }

    public string Query(int limit, string? cursor)
    {
        var parts = new List<string> { $"limit={limit}" };
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) parts.Add($"{name}={Uri.EscapeDataString(value.Trim())}");
        }
        Add("number", Number);
        Add("channelOrderId", ChannelOrderId);
        Add("email", Email);
        Add("phone", Phone);
        Add("name", Name);
        Add("status", Status);
        Add("channel", Channel);
        Add("store", Store);
        if (Day(From) is { } from) Add("from", from.ToString("O", CultureInfo.InvariantCulture));
        if (Day(To) is { } to) Add("to", to.AddDays(1).AddTicks(-1).ToString("O", CultureInfo.InvariantCulture));
        Add("cursor", cursor);
        return string.Join('&', parts);
    }

    private static DateTime? Day(string? value)
        => DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal,
            out var day) ? DateTime.SpecifyKind(day, DateTimeKind.Utc) : null;
}
