using Oms.Server.Core.Contracts;
using Oms.Domain.Network;

namespace Oms.Server.Features.Network;

public sealed record LocationResponse(string Code, string Name, LocationType Type, double Latitude, double Longitude, SizeClass SizeClass,
    IReadOnlyList<string> Capabilities, bool Enabled, AddressRequest? Address, string TimeZone, WeeklyHours OpeningHours,
    string? CutOffTime)
{
    public static LocationResponse From(Location l) => new(l.Code, l.Name, l.Type, l.Latitude, l.Longitude, l.SizeClass,
        CapabilityNames.Of(l.Capabilities), l.Enabled, AddressRequest.From(l.Address), l.TimeZoneId, WeeklyHours.From(l.OpeningHours),
        l.CutOffTime is { } c ? WeeklyHours.Time(c) : null);
}
