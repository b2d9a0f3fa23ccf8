using Oms.Server.Features.Connectors;

namespace Oms.Server.Features.Connectors.X12;

/// <summary>
/// An X12 connector's settings: the partner's ISA id (<c>partnerIsaId</c>, the sender of its 850s) and ours (<c>isaId</c>),
/// their qualifiers (default ZZ) and GS ids (default the ISA ids), the e-mail of the partner's order desk for the
/// customer when an 850 names no PER e-mail (<c>customerEmail</c>), the country of addresses without one
/// (<c>country</c>, default US), the folder dropped files are read from (<c>dropFolder</c>) and the one answers are written
/// to (<c>outboundFolder</c>), and whether answers are marked test (<c>test</c>: "true").
/// </summary>
public sealed record X12Settings(X12Party Partner, X12Party Us, string CustomerEmail, string Country, string? DropFolder,
    string? OutboundFolder, bool Test)
{
    public static readonly IReadOnlyList<string> Required = ["partnerIsaId", "isaId", "customerEmail"];

    public static X12Settings Of(ConnectorRuntime c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var partnerIsa = c.RequiredSetting("partnerIsaId");
        var ourIsa = c.RequiredSetting("isaId");
        return new X12Settings(
            new X12Party(c.Setting("partnerQualifier") ?? "ZZ", partnerIsa, c.Setting("partnerGsId") ?? partnerIsa),
            new X12Party(c.Setting("isaQualifier") ?? "ZZ", ourIsa, c.Setting("gsId") ?? ourIsa),
            c.RequiredSetting("customerEmail"), c.Setting("country") ?? "US", Blank(c.Setting("dropFolder")),
            Blank(c.Setting("outboundFolder")), string.Equals(c.Setting("test"), "true", StringComparison.OrdinalIgnoreCase));
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
