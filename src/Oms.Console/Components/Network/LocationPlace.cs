using System.Text.Json;

namespace Oms.Ui.Components.Network;

/// <summary>
/// A location's address and weekly opening hours as the location form edits them: the address field by field, the hours as
/// one line of text per weekday ("09:00-17:30", two ranges "09:00-12:00, 13:00-17:30", empty for closed). Turned back into
/// the API's <c>address</c> and <c>openingHours</c>; the API checks the times and names a bad one by its path
/// (<c>openingHours.sunday[0].closes</c>), which the form shows at that day.
/// </summary>
public sealed class LocationPlace
{
    public static readonly string[] Days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    private JsonElement? _wasAddress;

    public string? Name { get; set; }
    public string? Line1 { get; set; }
    public string? Line2 { get; set; }
    public string? PostalCode { get; set; }
    public string? City { get; set; }
    public string? Country { get; set; }
    public string? Phone { get; set; }

    /// <summary>Per weekday (lower-case English name), its ranges as typed.</summary>
    public Dictionary<string, string?> Hours { get; } = Days.ToDictionary(d => d, _ => (string?)null, StringComparer.Ordinal);

    public static LocationPlace From(JsonElement? address, JsonElement? hours)
    {
        var place = new LocationPlace();
        if (address is { ValueKind: JsonValueKind.Object } a)
        {
            place._wasAddress = a.Clone();
            (place.Name, place.Line1, place.Line2) = (Text(a, "name"), Text(a, "line1"), Text(a, "line2"));
            (place.PostalCode, place.City, place.Country, place.Phone) = (Text(a, "postalCode"), Text(a, "city"), Text(a, "country"), Text(a, "phone"));
        }
        if (hours is { ValueKind: JsonValueKind.Object } h)
        {
            foreach (var day in Days)
            {
                if (!h.TryGetProperty(day, out var ranges) || ranges.ValueKind != JsonValueKind.Array) continue;
                var text = string.Join(", ", ranges.EnumerateArray().Select(r => $"{Text(r, "opens")}-{Text(r, "closes")}"));
                place.Hours[day] = text.Length == 0 ? null : text;
            }
        }
        return place;
    }

    /// <summary>The API's <c>address</c>: null when every field is empty; its coordinates kept only while the address is unchanged.</summary>
    public object? Address()
    {
        string? T(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
        var fields = new[] { Name, Line1, Line2, PostalCode, City, Country, Phone };
        if (fields.All(string.IsNullOrWhiteSpace)) return null;
        var unchanged = _wasAddress is { } was && Text(was, "name") == T(Name) && Text(was, "line1") == T(Line1) && Text(was, "line2") == T(Line2)
            && Text(was, "postalCode") == T(PostalCode) && Text(was, "city") == T(City) && Text(was, "country") == T(Country);
        double? Coordinate(string name) => unchanged && _wasAddress!.Value.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number
            ? v.GetDouble() : null;
        return new
        {
            name = T(Name), line1 = T(Line1), line2 = T(Line2), postalCode = T(PostalCode), city = T(City), country = T(Country)?.ToUpperInvariant(),
            phone = T(Phone), latitude = Coordinate("latitude"), longitude = Coordinate("longitude"),
        };
    }

    /// <summary>
    /// The API's <c>openingHours</c> (null when no day has hours: unknown), or the days whose text is not ranges, with what
    /// to write instead.
    /// </summary>
    public (object? Hours, Dictionary<string, string[]> Errors) OpeningHours()
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var week = new Dictionary<string, object[]>(StringComparer.Ordinal);
        foreach (var day in Days)
        {
            var text = Hours[day];
            if (string.IsNullOrWhiteSpace(text)) continue;
            var ranges = new List<object>();
            foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var times = part.Split(['-', '–'], StringSplitOptions.TrimEntries);
                if (times.Length != 2 || times[0].Length == 0 || times[1].Length == 0)
                {
                    errors[$"openingHours.{day}"] = [$"Write {Capitalised(day)}'s hours as opens-closes, e.g. 09:00-17:30; two ranges as 09:00-12:00, 13:00-17:30; leave it empty when closed."];
                    break;
                }
                ranges.Add(new { opens = times[0], closes = times[1] });
            }
            week[day] = [.. ranges];
        }
        return (week.Count == 0 ? null : week, errors);
    }

    /// <summary>The address and the days with hours, in a sentence for the confirmation.</summary>
    public string Words()
    {
        var address = string.Join(", ", new[] { Line1, PostalCode, City, Country }.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim()));
        var open = Days.Where(d => !string.IsNullOrWhiteSpace(Hours[d])).Select(d => $"{Capitalised(d)[..3]} {Hours[d]!.Trim()}").ToList();
        return $"Address: {(address.Length == 0 ? "none" : address)}. Opening hours: {(open.Count == 0 ? "unknown" : string.Join("; ", open))}.";
    }

    public static string Capitalised(string day) => char.ToUpperInvariant(day[0]) + day[1..];

    private static string? Text(JsonElement e, string name)
        => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : null;
}
