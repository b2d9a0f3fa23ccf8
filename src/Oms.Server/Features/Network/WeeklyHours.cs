using System.Globalization;
using Oms.Domain.Common;
using Oms.Domain.Network;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Network;

/// <summary>
/// Opening hours per weekday, in the location's local time; a day left out or empty is closed. A location without
/// any ranges has unknown hours.
/// </summary>
[RequiredFields]
public sealed record WeeklyHours(
    IReadOnlyList<HoursRange>? Monday = null, IReadOnlyList<HoursRange>? Tuesday = null, IReadOnlyList<HoursRange>? Wednesday = null,
    IReadOnlyList<HoursRange>? Thursday = null, IReadOnlyList<HoursRange>? Friday = null, IReadOnlyList<HoursRange>? Saturday = null,
    IReadOnlyList<HoursRange>? Sunday = null)
{
    private IEnumerable<(DayOfWeek Day, IReadOnlyList<HoursRange>? Ranges)> Days =>
    [
        (DayOfWeek.Monday, Monday), (DayOfWeek.Tuesday, Tuesday), (DayOfWeek.Wednesday, Wednesday), (DayOfWeek.Thursday, Thursday),
        (DayOfWeek.Friday, Friday), (DayOfWeek.Saturday, Saturday), (DayOfWeek.Sunday, Sunday),
    ];

    /// <summary>The value object; a business-rule error names the field, e.g. <c>openingHours.monday[1].closes</c>.</summary>
    public OpeningHours ToDomain()
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var periods = new List<OpeningPeriod>();
        foreach (var (day, ranges) in Days)
        {
            for (var i = 0; i < (ranges?.Count ?? 0); i++)
            {
                var field = $"{OpeningHours.Field(day)}[{i}]";
                var r = ranges![i];
                if (r is null)
                {
                    errors[field] = ["A range needs opens and closes."];
                    continue;
                }
                var opensOk = OpeningHours.TryTime(r.Opens, out var opens);
                var closesOk = OpeningHours.TryTime(r.Closes, out var closes);
                if (!opensOk) errors[$"{field}.opens"] = [$"opens '{r.Opens}' is not a time of day HH:mm."];
                if (!closesOk) errors[$"{field}.closes"] = [$"closes '{r.Closes}' is not a time of day HH:mm."];
                if (!opensOk || !closesOk) continue;
                try
                {
                    periods.Add(new OpeningPeriod(day, opens, closes));
                }
                catch (BusinessRuleException e)
                {
                    errors[field] = [e.Message];
                }
            }
        }
        if (errors.Count > 0) throw new BusinessRuleException(errors.First().Value[0], errors);
        return new OpeningHours(periods);
    }

    public static WeeklyHours From(OpeningHours hours)
    {
        List<HoursRange> On(DayOfWeek d) => [.. hours.On(d).Select(p => new HoursRange(Time(p.Opens), Time(p.Closes)))];
        return new(On(DayOfWeek.Monday), On(DayOfWeek.Tuesday), On(DayOfWeek.Wednesday), On(DayOfWeek.Thursday),
            On(DayOfWeek.Friday), On(DayOfWeek.Saturday), On(DayOfWeek.Sunday));
    }

    public static string Time(TimeOnly t) => t.ToString("HH:mm", CultureInfo.InvariantCulture);
}
