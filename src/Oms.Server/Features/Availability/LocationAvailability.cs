using Oms.Domain.Network;

namespace Oms.Server.Features.Availability;

public sealed record LocationAvailability(string Location, string Name, LocationType Type, int AvailableToSell, double? DistanceKm);
