using Oms.Domain.Network;

namespace Oms.Server.Features.Network;

public sealed record CarrierResponse(string Code, string Name, string? TrackingUrlTemplate, bool Enabled, IReadOnlyList<string> Services)
{
    public static CarrierResponse From(Carrier c) => new(c.Code, c.Name, c.TrackingUrlTemplate, c.Enabled, c.Services);
}
