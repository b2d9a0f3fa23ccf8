namespace Oms.Domain.Common;

/// <summary>IANA time zone ids (<c>Europe/Amsterdam</c>) for local times such as opening hours and cut-offs.</summary>
public static class TimeZones
{
    public const string Default = "Europe/Amsterdam";

    /// <summary>The zone, or a field error when the id names none this machine knows.</summary>
    public static TimeZoneInfo Find(string? id, string field)
    {
        var v = Guard.NotEmpty(id, field);
        return v.Length <= 64 && TimeZoneInfo.TryFindSystemTimeZoneById(v, out var zone)
            ? zone
            : throw new BusinessRuleException(field, $"'{id}' is not a known time zone id; use an IANA id such as {Default}.");
    }

    /// <summary>The local time at <paramref name="utc"/> in <paramref name="zone"/>.</summary>
    public static DateTime ToLocal(DateTime utc, TimeZoneInfo zone)
        => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
}
