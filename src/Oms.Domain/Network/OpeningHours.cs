using System.Globalization;
using Oms.Domain.Common;

namespace Oms.Domain.Network;

/// <summary>
/// A location's weekly opening hours in its local time: per weekday none, one or more ranges that do not overlap.
/// A value object; no ranges at all means the hours are not known (the location is not treated as closed).
/// Its text form, used in CSV files, is <c>mon-fri 09:00-18:00; sat 10:00-12:30,13:00-17:00</c>.
/// </summary>
public sealed class OpeningHours : IEquatable<OpeningHours>
{
    /// <summary>More ranges than this on one day is a data error, not a shop.</summary>
    public const int MaxRangesPerDay = 6;

    private static readonly DayOfWeek[] Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday,
            DayOfWeek.Sunday];

    public static readonly OpeningHours None = new([]);

    public OpeningHours(IEnumerable<OpeningPeriod> periods)
    {
        var sorted = periods.OrderBy(p => Array.IndexOf(Week, p.Day)).ThenBy(p => p.Opens).ToList();
        foreach (var day in sorted.GroupBy(p => p.Day))
        {
            var ranges = day.ToList();
            if (ranges.Count > MaxRangesPerDay)
                throw new BusinessRuleException(Field(day.Key),
                    $"{DayName(day.Key)} has {ranges.Count} ranges; at most {MaxRangesPerDay} are allowed.");
            for (var i = 1; i < ranges.Count; i++)
                if (ranges[i].Opens < ranges[i - 1].Closes)
                    throw new BusinessRuleException(Field(day.Key),
                        $"On {DayName(day.Key)} the range from {ranges[i].Opens:HH\\:mm} overlaps the one until "
                        + $"{ranges[i - 1].Closes:HH\\:mm}.");
        }
        Periods = sorted;
    }

    /// <summary>Monday first, each day's ranges in order.</summary>
    public IReadOnlyList<OpeningPeriod> Periods { get; }
    public bool IsKnown => Periods.Count > 0;

    public IReadOnlyList<OpeningPeriod> On(DayOfWeek day) => [.. Periods.Where(p => p.Day == day)];

    public bool IsOpenAt(DayOfWeek day, TimeOnly time) => Periods.Any(p => p.Contains(day, time));

    /// <summary>The error field for a day, as the API spells it: <c>openingHours.monday</c>.</summary>
    public static string Field(DayOfWeek day) => $"openingHours.{DayName(day)}";

    public static string DayName(DayOfWeek day) => day.ToString().ToLowerInvariant();

    /// <summary>Reads the text form; an empty text means no hours. Errors name the field <c>openingHours</c>.</summary>
    public static OpeningHours Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return None;
        var periods = new List<OpeningPeriod>();
        foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var space = part.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0) throw Unreadable(part);
            var days = Days(part[..space].Trim(), part);
            foreach (var range in part[(space + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var dash = range.IndexOf('-', StringComparison.Ordinal);
                if (dash < 0 || !TryTime(range[..dash], out var opens) || !TryTime(range[(dash + 1)..], out var closes))
                    throw Unreadable(part);
                periods.AddRange(days.Select(d => new OpeningPeriod(d, opens, closes)));
            }
        }
        return new OpeningHours(periods);
    }

    /// <summary>Local times are written HH:mm (24-hour clock).</summary>
    public static bool TryTime(string? text, out TimeOnly time)
        => TimeOnly.TryParseExact(text?.Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    public override string ToString() => string.Join("; ", Periods.GroupBy(p => p.Day)
        .Select(g => $"{DayName(g.Key)[..3]} {string.Join(',', g.Select(p => $"{p.Opens:HH\\:mm}-{p.Closes:HH\\:mm}"))}"));

    public bool Equals(OpeningHours? other) => other is not null && Periods.SequenceEqual(other.Periods);
    public override bool Equals(object? obj) => Equals(obj as OpeningHours);
    public override int GetHashCode() => Periods.Aggregate(0, (h, p) => HashCode.Combine(h, p));

    private static List<DayOfWeek> Days(string text, string part)
    {
        var dash = text.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0) return [Day(text, part)];
        int from = Array.IndexOf(Week, Day(text[..dash], part)), to = Array.IndexOf(Week, Day(text[(dash + 1)..], part));
        return to >= from ? [.. Week[from..(to + 1)]] : throw Unreadable(part);
    }

    /// <summary>A day's name or an unambiguous prefix of at least two letters: mo, tue, wednesday.</summary>
    private static DayOfWeek Day(string text, string part)
    {
        var t = text.ToLowerInvariant();
        foreach (var d in Week)
            if (t.Length >= 2 && DayName(d).StartsWith(t, StringComparison.Ordinal)) return d;
        throw Unreadable(part);
    }

    private static BusinessRuleException Unreadable(string part) => new("openingHours",
        $"'{part}' is not readable as opening hours; write e.g. 'mon-fri 09:00-18:00; sat 10:00-12:30,13:00-17:00'.");
}
