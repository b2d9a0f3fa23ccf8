using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Oms.Console.Tests.Infrastructure;

/// <summary>
/// An X12 trading partner of its own (channel and connector through the admin API), whose purchase orders come in through
/// the inbox: one with a part the mapping does not know is rejected there, and accepted on replay once the mapping knows it.
/// </summary>
public sealed class EdiPartner
{
    private readonly ConsoleServer _server;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"oms-console-edi-{Guid.NewGuid():N}");

    private EdiPartner(ConsoleServer server, string partner)
    {
        _server = server;
        Partner = partner;
    }

    /// <summary>Seven characters, as ISA06 is wide.</summary>
    public string Partner { get; }
    public string Code => Partner.ToLowerInvariant();

    public static async Task<EdiPartner> CreateAsync(ConsoleServer server)
    {
        var edi = new EdiPartner(server, "P" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant());
        using var http = server.AdminClient();
        await StoreSetup.OkAsync(await http.PutAsJsonAsync($"/api/channels/{edi.Code}",
            new { code = edi.Code, name = $"EDI partner {edi.Partner}", type = "webshop", currency = "EUR" }));
        await StoreSetup.OkAsync(await http.PostAsJsonAsync("/api/connectors", edi.Connector(new Dictionary<string, string>())));
        return edi;
    }

    /// <summary>A purchase order for one unit of the partner's part ACME-999.</summary>
    public async Task<JsonElement> SendOrderAsync()
    {
        const string Interchange = """
            ISA*00*          *00*          *ZZ*ACMEB2B        *ZZ*OMSRETAIL      *261102*0900*U*00401*000004590*0*P*>~
            GS*PO*ACMEB2B*OMSRETAIL*20261102*0900*4590*X*004010~
            ST*850*0001~
            BEG*00*SA*ACME-PO-43010**20261102~
            N1*ST*ACME Store Utrecht*92*0042~
            N3*Vredenburg 40~
            N4*Utrecht**3511 BD*NL~
            PO1*1*1*EA*12.00**BP*ACME-999*UP*871234509999~
            CTT*1~
            SE*8*0001~
            GE*1*4590~
            IEA*1*000004590~
            """;
        var text = Interchange.Replace("ACMEB2B", Partner, StringComparison.Ordinal).Replace("ACME-PO-", $"{Partner}-PO-", StringComparison.Ordinal);
        using var http = _server.AdminClient();
        using var content = new StringContent(text, Encoding.UTF8, "text/plain");
        return await StoreSetup.OkAsync(await http.PostAsync(new Uri($"/api/connectors/{Code}/edi", UriKind.Relative), content));
    }

    /// <summary>The mapping learns the partner's part: a replay of the rejected order now captures it.</summary>
    public async Task MapPartAsync(string sku)
    {
        using var http = _server.AdminClient();
        await StoreSetup.OkAsync(await http.PutAsJsonAsync($"/api/connectors/{Code}", Connector(new Dictionary<string, string> { ["ACME-999"] = sku })));
    }

    private object Connector(Dictionary<string, string> skus) => new
    {
        code = Code, kind = "x12", channel = Code,
        settings = new Dictionary<string, string>
        {
            ["partnerIsaId"] = Partner, ["isaId"] = "OMSRETAIL", ["customerEmail"] = "desk@partner.example",
            ["outboundFolder"] = Path.Combine(_folder, "out"), ["dropFolder"] = Path.Combine(_folder, "in"),
        },
        mapping = new { skus },
    };
}
