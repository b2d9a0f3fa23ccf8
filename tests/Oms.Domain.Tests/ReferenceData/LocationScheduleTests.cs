using Oms.Domain.Common;
using Oms.Domain.Network;

namespace Oms.Domain.Tests.ReferenceData;

/// <summary>Opening hours and cut-offs are local times in the location's own time zone.</summary>
public sealed class LocationScheduleTests
{
    private static Location Store(string hours, string zone = TimeZones.Default, TimeOnly? cutOff = null)
        => new("AMS", "Amsterdam", LocationType.Store, 52.37, 4.89, SizeClass.L, Location.DefaultCapabilities(LocationType.Store), null,
            OpeningHours.Parse(hours), zone, cutOff);

    [Fact]
    public void The_text_form_reads_day_ranges_and_several_ranges_a_day_and_writes_them_back()
    {
        var hours = OpeningHours.Parse("mon-fri 09:00-18:00; sat 10:00-12:30,13:00-17:00; Sunday 12:00-17:00");

        Assert.Equal(8, hours.Periods.Count);
        Assert.Equal([new OpeningPeriod(DayOfWeek.Saturday, new(10, 0), new(12, 30)), new OpeningPeriod(DayOfWeek.Saturday, new(13, 0), new(17, 0))],
            hours.On(DayOfWeek.Saturday));
        Assert.Equal(hours, OpeningHours.Parse(hours.ToString()));
        Assert.StartsWith("mon 09:00-18:00; tue 09:00-18:00", hours.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mon 18:00-09:00", "openingHours.monday")]
    [InlineData("tue 09:00-13:00,12:00-18:00", "openingHours.tuesday")]
    [InlineData("someday 09:00-18:00", "openingHours")]
    [InlineData("wed 9am-5pm", "openingHours")]
    [InlineData("fri-mon 09:00-18:00", "openingHours")]
    public void Unreadable_or_impossible_hours_are_refused_naming_the_day(string text, string field)
    {
        var e = Assert.Throws<BusinessRuleException>(() => OpeningHours.Parse(text));

        Assert.Contains(field, e.Errors.Keys);
    }

    [Fact]
    public void Opening_hours_follow_the_local_clock_across_daylight_saving_time()
    {
        var store = Store("mon-sat 09:00-18:00");

        // 08:30 UTC is 09:30 in Amsterdam in winter (UTC+1) and 10:30 in summer (UTC+2); 07:30 UTC is closed in winter only.
        Assert.True(store.IsOpenAt(new DateTime(2026, 1, 5, 8, 30, 0, DateTimeKind.Utc)));
        Assert.False(store.IsOpenAt(new DateTime(2026, 1, 5, 7, 30, 0, DateTimeKind.Utc)));
        Assert.True(store.IsOpenAt(new DateTime(2026, 7, 6, 7, 30, 0, DateTimeKind.Utc)));
        Assert.False(store.IsOpenAt(new DateTime(2026, 7, 5, 10, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void Unknown_hours_count_as_open_and_the_cut_off_is_local()
    {
        var dc = Store("", "Europe/London", new TimeOnly(15, 0));

        Assert.True(dc.IsOpenAt(new DateTime(2026, 7, 5, 3, 0, 0, DateTimeKind.Utc)));
        Assert.False(dc.IsPastCutOff(new DateTime(2026, 7, 6, 13, 59, 0, DateTimeKind.Utc)));
        Assert.True(dc.IsPastCutOff(new DateTime(2026, 7, 6, 14, 0, 0, DateTimeKind.Utc)));
        Assert.False(Store("").IsPastCutOff(new DateTime(2026, 7, 6, 23, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void An_unknown_time_zone_is_refused()
    {
        var e = Assert.Throws<BusinessRuleException>(() => Store("", "Mars/Olympus_Mons"));

        Assert.Contains("timeZone", e.Errors.Keys);
    }
}
