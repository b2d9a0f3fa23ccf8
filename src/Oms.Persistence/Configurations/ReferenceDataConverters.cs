using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Oms.Domain.Network;

namespace Oms.Persistence.Configurations;

/// <summary>Value objects of reference data stored as one JSON text column, the same on SQLite and PostgreSQL.</summary>
internal static class ReferenceDataConverters
{
    private sealed record StoredPeriod(string Day, string Opens, string Closes);

    public static readonly ValueConverter<OpeningHours, string> OpeningHours = new(
        h => JsonSerializer.Serialize(h.Periods.Select(p => new StoredPeriod(p.Day.ToString(), Time(p.Opens), Time(p.Closes))),
            (JsonSerializerOptions?)null),
        s => ReadOpeningHours(s));

    public static readonly ValueComparer<OpeningHours> OpeningHoursComparer = new(
        (a, b) => Equals(a, b), h => h.GetHashCode(), h => h);

    public static readonly ValueConverter<IReadOnlyList<string>, string> StringList = new(
        l => JsonSerializer.Serialize(l, (JsonSerializerOptions?)null),
        s => JsonSerializer.Deserialize<List<string>>(s, (JsonSerializerOptions?)null) ?? new List<string>());

    public static readonly ValueComparer<IReadOnlyList<string>> StringListComparer = new(
        (a, b) => a!.SequenceEqual(b!), l => l.Aggregate(0, (h, s) => HashCode.Combine(h, s)), l => l.ToList());

    private static OpeningHours ReadOpeningHours(string json)
    {
        if (string.IsNullOrWhiteSpace(json)) return Domain.Network.OpeningHours.None;
        var stored = JsonSerializer.Deserialize<List<StoredPeriod>>(json, (JsonSerializerOptions?)null) ?? [];
        return stored.Count == 0
            ? Domain.Network.OpeningHours.None
            : new OpeningHours(stored.Select(p => new OpeningPeriod(Enum.Parse<DayOfWeek>(p.Day), Time(p.Opens), Time(p.Closes))));
    }

    private static string Time(TimeOnly t) => t.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static TimeOnly Time(string s) => TimeOnly.ParseExact(s, "HH:mm", CultureInfo.InvariantCulture);
}
