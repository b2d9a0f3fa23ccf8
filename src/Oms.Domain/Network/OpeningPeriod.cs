using Oms.Domain.Common;

namespace Oms.Domain.Network;

/// <summary>One range of local time on one weekday during which a location is open, e.g. Monday 09:00–12:30.</summary>
public readonly record struct OpeningPeriod
{
    public OpeningPeriod(DayOfWeek day, TimeOnly opens, TimeOnly closes)
    {
        if (!Enum.IsDefined(day)) throw new BusinessRuleException("openingHours", $"{day} is not a weekday.");
        // A range ends on the day it starts; a shop open past midnight gives two ranges, one on each day.
        if (closes <= opens)
            throw new BusinessRuleException(OpeningHours.Field(day),
                $"On {OpeningHours.DayName(day)} a range closes ({closes:HH\\:mm}) before or when it opens ({opens:HH\\:mm}).");
        Day = day;
        Opens = opens;
        Closes = closes;
    }

    public DayOfWeek Day { get; }
    public TimeOnly Opens { get; }
    public TimeOnly Closes { get; }

    public bool Contains(DayOfWeek day, TimeOnly time) => day == Day && time >= Opens && time < Closes;
}
