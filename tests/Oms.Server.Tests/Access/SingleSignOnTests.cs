using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Oms.Persistence;
using Oms.Server.Features.Access;
using Oms.Server.Tests.Infrastructure;

namespace Oms.Server.Tests.Access;

/// <summary>
/// Single sign-on is configuration only: with the retailer's provider configured, its tokens are accepted as bearer
/// tokens; roles (mapped or by name) and stores come from its claims; a token from anyone else is refused.
/// </summary>
public sealed class SingleSignOnTests(SingleSignOnFixture fx) : IClassFixture<SingleSignOnFixture>
{
    private async Task<HttpResponseMessage> AsAsync(string token, string url)
    {
        using var http = fx.AnonymousClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await http.SendAsync(request);
    }

    [Fact]
    public async Task A_person_signed_in_at_the_retailers_provider_acts_with_the_roles_its_token_names()
    {
        var me = await (await AsAsync(fx.Idp.Token("jan", ["cs-team"]), "/api/auth/me")).Content.ReadFromJsonAsync<MeResponse>(OmsClient.Json);
        Assert.Equal(("agent:jan", "agent"), (me!.Actor, me.Roles.Single()));
        Assert.Equal(HttpStatusCode.OK, (await AsAsync(fx.Idp.Token("jan", ["cs-team"]), "/api/orders")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await AsAsync(fx.Idp.Token("jan", ["cs-team"]), "/api/users")).StatusCode);
    }

    [Fact]
    public async Task A_store_associate_from_the_provider_reaches_only_the_stores_in_its_token()
    {
        var token = fx.Idp.Token("kim", ["store-associate"], ["STORE-UTR"]);
        var me = await (await AsAsync(token, "/api/auth/me")).Content.ReadFromJsonAsync<MeResponse>(OmsClient.Json);
        Assert.Equal(["STORE-UTR"], me!.Locations);
        var stock = await (await AsAsync(token, "/api/stock/SKU-0001")).Content.ReadFromJsonAsync<Oms.Server.Features.Inventory.AvailabilityResponse>(OmsClient.Json);
        Assert.All(stock!.Locations, l => Assert.Equal("STORE-UTR", l.Location));
    }

    [Fact]
    public async Task A_token_signed_by_another_key_or_for_another_audience_is_refused()
    {
        using var stranger = RSA.Create(2048);
        await OmsClient.ProblemAsync(await AsAsync(fx.Idp.Token("eve", ["admin"], signWith: stranger), "/api/orders"), HttpStatusCode.Unauthorized);
        await OmsClient.ProblemAsync(await AsAsync(fx.Idp.Token("eve", ["admin"], audience: "another-app"), "/api/orders"),
            HttpStatusCode.Unauthorized);
    }
}

/// <summary>An OMS whose people sign in at the retailer's provider (the stand-in), its "cs-team" group mapped to agents.</summary>
public sealed class SingleSignOnFixture : OmsFixture
{
    private readonly TempSqliteFile _file = new();
    public OidcStandIn Idp { get; } = new();
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override async Task<string> CreateDatabaseAsync()
    {
        await Idp.StartAsync();
        return _file.ConnectionString;
    }

    protected override IReadOnlyList<KeyValuePair<string, string>> Settings =>
    [
        new("Oms:Auth:Oidc:Authority", Idp.Authority),
        new("Oms:Auth:Oidc:ClientId", OidcStandIn.ClientId),
        new("Oms:Auth:Oidc:RequireHttpsMetadata", "false"),
        new("Oms:Auth:Oidc:RoleMap:cs-team", "agent"),
    ];

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Idp.DisposeAsync();
        _file.Delete();
    }
}
