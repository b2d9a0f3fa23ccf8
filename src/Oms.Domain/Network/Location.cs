using System.Diagnostics.CodeAnalysis;
using Oms.Domain.Common;

namespace Oms.Domain.Network;

/// <summary>
/// A node of the fulfilment network: where stock lives or where a customer picks up. Never deleted (orders and
/// stock refer to it by code); a location that closes is disabled, and sourcing passes it by.
/// </summary>
public sealed class Location
{
    private const LocationCapabilities All = LocationCapabilities.Ship | LocationCapabilities.Pickup
        | LocationCapabilities.Returns | LocationCapabilities.CarryOut;

    private Location() { Code = null!; Name = null!; TimeZoneId = null!; OpeningHours = null!; }

    public Location(string code, string name, LocationType type, double latitude, double longitude,
        SizeClass sizeClass, LocationCapabilities capabilities, Address? address = null,
        OpeningHours? openingHours = null, string timeZoneId = TimeZones.Default, TimeOnly? cutOffTime = null)
    {
        Code = ReferenceCode.Check(code, "code");
        Name = Guard.NotEmpty(name, "name");
        Classify(type, sizeClass, capabilities);
        MoveTo(latitude, longitude, address);
        Reschedule(openingHours ?? OpeningHours.None, timeZoneId, cutOffTime);
    }

    public string Code { get; private set; }
    public string Name { get; private set; }
    public LocationType Type { get; private set; }
    public double Latitude { get; private set; }
    public double Longitude { get; private set; }
    public SizeClass SizeClass { get; private set; }
    public LocationCapabilities Capabilities { get; private set; }
    public Address? Address { get; private set; }
    public bool Enabled { get; private set; } = true;
    /// <summary>The IANA time zone of the opening hours and the cut-off.</summary>
    public string TimeZoneId { get; private set; }
    public OpeningHours OpeningHours { get; private set; }
    /// <summary>Local time of day after which work released or shipped counts for the next day; none when not given.</summary>
    public TimeOnly? CutOffTime { get; private set; }

    public GeoPoint Point => new(Latitude, Longitude);
    public bool Can(LocationCapabilities capability) => Enabled && (Capabilities & capability) == capability;

    /// <summary>Only locations that hold stock can be sourced from; a carrier pickup point never does.</summary>
    public bool HoldsStock => Type != LocationType.CarrierPickupPoint;

    /// <summary>What a location of a type usually does, for a location defined without naming its capabilities.</summary>
    public static LocationCapabilities DefaultCapabilities(LocationType type) => type switch
    {
        LocationType.Store => All,
        LocationType.DistributionCenter => LocationCapabilities.Ship | LocationCapabilities.Returns,
        LocationType.CarrierPickupPoint => LocationCapabilities.Pickup,
        _ => LocationCapabilities.Ship,
    };

    public void Rename(string name) => Name = Guard.NotEmpty(name, "name");

    /// <summary>What kind of location it is and what it can do. A carrier pickup point holds no stock, so it cannot ship or sell.</summary>
    public void Classify(LocationType type, SizeClass sizeClass, LocationCapabilities capabilities)
    {
        if (!Enum.IsDefined(type)) throw new BusinessRuleException("type", $"{type} is not a location type.");
        if (!Enum.IsDefined(sizeClass)) throw new BusinessRuleException("sizeClass", $"{sizeClass} is not a size class.");
        if ((capabilities & ~All) != 0) throw new BusinessRuleException("capabilities", $"{capabilities} are not capabilities.");
        if (type == LocationType.CarrierPickupPoint && (capabilities & (LocationCapabilities.Ship | LocationCapabilities.CarryOut)) != 0)
            throw new BusinessRuleException("capabilities", "A carrier pickup point holds no stock: it cannot ship or carry out.");
        Type = type;
        SizeClass = sizeClass;
        Capabilities = capabilities;
    }

    public void MoveTo(double latitude, double longitude, Address? address)
    {
        var p = new GeoPoint(latitude, longitude);
        Latitude = p.Latitude;
        Longitude = p.Longitude;
        Address = address;
    }

    [MemberNotNull(nameof(TimeZoneId), nameof(OpeningHours))]
    public void Reschedule(OpeningHours openingHours, string timeZoneId, TimeOnly? cutOffTime)
    {
        ArgumentNullException.ThrowIfNull(openingHours);
        TimeZoneId = TimeZones.Find(timeZoneId, "timeZone").Id;
        OpeningHours = openingHours;
        CutOffTime = cutOffTime;
    }

    public void Enable() => Enabled = true;

    public void Disable() => Enabled = false;

    /// <summary>The location's local time at a UTC instant.</summary>
    public DateTime LocalTime(DateTime utc) => TimeZones.ToLocal(utc, TimeZones.Find(TimeZoneId, "timeZone"));

    /// <summary>Open at this instant by its opening hours; unknown hours count as open.</summary>
    public bool IsOpenAt(DateTime utc)
    {
        if (!OpeningHours.IsKnown) return true;
        var local = LocalTime(utc);
        return OpeningHours.IsOpenAt(local.DayOfWeek, TimeOnly.FromDateTime(local));
    }

    /// <summary>
    /// The first cut-off at or after <paramref name="utc"/> (UTC): today's if it is still to come in local time, else
    /// tomorrow's; null when the location has no cut-off.
    /// </summary>
    public DateTime? NextCutOffAfter(DateTime utc)
    {
        if (CutOffTime is not { } cut) return null;
        var zone = TimeZones.Find(TimeZoneId, "timeZone");
        var local = LocalTime(utc);
        var day = TimeOnly.FromDateTime(local) <= cut ? local.Date : local.Date.AddDays(1);
        return TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(day + cut.ToTimeSpan(), DateTimeKind.Unspecified), zone);
    }

    /// <summary>True once the day's cut-off has passed in local time; never when the location has none.</summary>
    public bool IsPastCutOff(DateTime utc) => CutOffTime is { } cut && TimeOnly.FromDateTime(LocalTime(utc)) >= cut;
}
