namespace Oms.Server.Features.Availability;

public sealed record ChannelAvailabilityResponse(string Sku, string Channel, int AvailableToSell,
    IReadOnlyList<LocationAvailability> Locations);
