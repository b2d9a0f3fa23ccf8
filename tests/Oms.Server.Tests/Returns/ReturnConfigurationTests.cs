using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oms.Persistence;
using Oms.Server.Core.Configuration;
using Oms.Server.Features.Returns;
using Oms.Server.Tests.Infrastructure;
using Oms.Server.Web;
using static Oms.Server.Tests.Infrastructure.Orders;
using static Oms.Server.Tests.Returns.ReturnSteps;

namespace Oms.Server.Tests.Returns;

/// <summary>
/// The return policy, the refund approval policy and the return settings as versioned documents over HTTP, and the policy
/// in force when a return is requested. Only <see cref="Versions_of_each_document_are_kept"/> saves the approval policy
/// and the settings; the other tests save the return policy they need first.
/// </summary>
public abstract class ReturnConfigurationTests(OmsFixture fx)
{
    private OmsClient Api => fx.Api;

    [Fact]
    public async Task Versions_of_each_document_are_kept()
    {
        var approval = await GetAsync("refund-approval-policy");
        var settings = await GetAsync("return-settings");
        Assert.Equal((0, 0), (approval.Version, settings.Version));
        Assert.Equal(250m, approval.Document.GetProperty("approveAbove").GetProperty("EUR").GetDecimal());
        Assert.Equal("onReceipt", settings.Document.GetProperty("default").GetProperty("exchangeRelease").GetString());

        var savedApproval = await SaveAsync("refund-approval-policy", """
            { "refundBeforeReceiptNeedsApproval": false, "claimWithoutReturnNeedsApproval": true, "approveAbove": { "eur": 100 } }
            """);
        var savedSettings = await SaveAsync("return-settings", """
            { "channels": { "marketplace": { "exchangeRelease": "advance" },
                            "pos": { "refunds": { "route": "cashAtTill" } } } }
            """);

        Assert.Equal((1, 1), (savedApproval.Version, savedSettings.Version));
        var approvalNow = await GetAsync("refund-approval-policy");
        Assert.Equal((1, "admin:olga"), (approvalNow.Version, approvalNow.CreatedBy));
        // Canonical: currency codes as ISO writes them, "no limit" written out as an empty table.
        Assert.Equal(100m, approvalNow.Document.GetProperty("approveAbove").GetProperty("EUR").GetDecimal());
        Assert.Empty(approvalNow.Document.GetProperty("goodwillAbove").EnumerateObject());
        // A channel's entry is written in full: what it left out is the default's.
        var pos = (await GetAsync("return-settings")).Document.GetProperty("channels").GetProperty("pos");
        Assert.Equal(("cashAtTill", "onReceipt", "card"), (pos.GetProperty("refunds").GetProperty("route").GetString(),
            pos.GetProperty("exchangeRelease").GetString(), pos.GetProperty("refunds").GetProperty("methodOrder")[0].GetString()));

        await SaveAsync("refund-approval-policy", """{ "refundBeforeReceiptNeedsApproval": true, "claimWithoutReturnNeedsApproval": true }""");
        var versions = await Api.ExpectAsync<CursorPage<ConfigurationVersionResponse>>(
            await Api.SendAsync(HttpMethod.Get, "/api/configuration/refund-approval-policy/versions"), HttpStatusCode.OK);
        Assert.Equal([(2, true), (1, false)], versions.Items.Select(v => (v.Version, v.Active)));

        await using var scope = fx.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OmsDbContext>();
        var loaded = await db.ReturnSettingsAsync(CancellationToken.None);
        Assert.Equal((1, Domain.Returns.ExchangeRelease.Advance, Domain.Returns.RefundRoute.CashAtTill, Domain.Returns.RefundRoute.OriginalInstruments),
            (loaded.Version, loaded.For("MARKETPLACE").ExchangeRelease, loaded.For("pos").Refunds.Route, loaded.For("web").Refunds.Route));
        Assert.Equal(2, (await db.RefundApprovalPolicyAsync(CancellationToken.None)).Version);
    }

    [Fact]
    public async Task An_invalid_document_is_refused_with_every_field_at_fault_and_nothing_is_saved()
    {
        var before = await DbSnapshot.TakeAsync(fx);

        var policy = await ErrorsAsync("return-policy", """
            { "defaultWindowDays": -1, "windowDaysByChannel": { "nope": 10, "web": -3 }, "nonReturnableSkus": [ " " ],
              "reasons": [ { "code": "broken", "description": "Broken", "restockingFeePercent": 150 },
                           { "code": "BROKEN", "description": "Broken again", "restockingFeeFlat": { "EURO": 2 } } ] }
            """, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["defaultWindowDays", "nonReturnableSkus[0]", "reasons[0].restockingFeePercent", "reasons[1].code",
            "reasons[1].restockingFeeFlat.EURO", "windowDaysByChannel.nope", "windowDaysByChannel.web"], Keys(policy).Order(StringComparer.Ordinal));
        var settings = await ErrorsAsync("return-settings", """
            { "default": { "refunds": { "route": "storeCredit", "methodOrder": [ "card", "giftCard", "card" ] } },
              "channels": { "nowhere": { "exchangeRelease": "advance" } } }
            """, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["channels.nowhere", "default.refunds.methodOrder[2]"], Keys(settings).Order(StringComparer.Ordinal));
        var approval = await ErrorsAsync("refund-approval-policy", """
            { "refundBeforeReceiptNeedsApproval": true, "claimWithoutReturnNeedsApproval": true, "approveAbove": { "EUR": -5 } }
            """, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["approveAbove.EUR"], Keys(approval));

        // What cannot be read at all is a 400 at its path.
        Assert.Equal(["reasons"], Keys(await ErrorsAsync("return-policy", """{ "defaultWindowDays": 30 }""", HttpStatusCode.BadRequest)));
        Assert.Equal(["shippingRefund"], Keys(await ErrorsAsync("return-policy",
            """{ "defaultWindowDays": 30, "reasons": [], "shippingRefund": "sometimes" }""", HttpStatusCode.BadRequest)));
        Assert.Equal(["channels.web.refunds.route"], Keys(await ErrorsAsync("return-settings",
            """{ "channels": { "web": { "refunds": { "methodOrder": [ "card" ] } } } }""", HttpStatusCode.BadRequest)));
        Assert.Equal(["claimWithoutReturnNeedsApproval"], Keys(await ErrorsAsync("refund-approval-policy",
            """{ "refundBeforeReceiptNeedsApproval": true }""", HttpStatusCode.BadRequest)));

        Assert.Equal(before, await DbSnapshot.TakeAsync(fx));
    }

    [Fact]
    public async Task A_sku_made_non_returnable_by_a_new_policy_version_is_refused_and_a_return_keeps_the_version_it_was_requested_under()
    {
        var keep = await NewSkuAsync(Api, atDc: 1);
        var back = await NewSkuAsync(Api, atDc: 1);
        var order = await DeliveredAsync(Api, Ship(keep), Ship(back));
        var saved = await SaveAsync("return-policy", Policy(nonReturnableSkus: [keep.ToLowerInvariant()]));

        var before = await DbSnapshot.TakeAsync(fx);
        var refused = await OmsClient.ProblemAsync(await RequestAsync(Api, order.Number, ShipBack((order.Lines[0].Id, 1))),
            HttpStatusCode.UnprocessableEntity);
        Assert.Contains($"({keep}) cannot be returned: the SKU is not returnable", Error(refused, "lines[0]"), StringComparison.Ordinal);
        Assert.Equal(before, await DbSnapshot.TakeAsync(fx));

        var ret = await RequestOkAsync(Api, order.Number, ShipBack((order.Lines[1].Id, 1)));
        await using var scope = fx.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OmsDbContext>();
        Assert.Equal(saved.Version, (await db.ReturnOrders.AsNoTracking().SingleAsync(r => r.Id == ret.Id)).PolicyVersion);
    }

    [Fact]
    public async Task The_return_window_is_the_channels_own_when_the_policy_gives_it_one()
    {
        var sku = await NewSkuAsync(Api, atDc: 0);
        await Api.StockOnlyAtAsync(sku, ("DC-CENTRAL", 1), ("STORE-AMS", 1));
        var online = await DeliveredAsync(Api, Ship(sku));
        var till = await Api.CaptureAsync(Pos("STORE-AMS", CarryOut(sku)), actor: "associate:tom@STORE-AMS");
        await SaveAsync("return-policy", Policy(windows: """{ "web": 5 }"""));
        fx.Clock.Advance(TimeSpan.FromDays(10));

        var late = await OmsClient.ProblemAsync(await RequestAsync(Api, online.Number, ShipBack((online.Lines[0].Id, 1))),
            HttpStatusCode.UnprocessableEntity);
        Assert.Contains("the 5-day return window ended", Error(late, "lines[0]"), StringComparison.Ordinal);
        await RequestOkAsync(Api, till.Number, HandIn("STORE-AMS", (till.Lines[0].Id, 1)));
    }

    [Fact]
    public async Task The_reasons_list_shows_the_active_policy_in_its_order_for_a_till()
    {
        var saved = await SaveAsync("return-policy", Policy(windows: """{ "pos": 14 }"""));

        var list = await Api.ExpectAsync<ReturnReasonsResponse>(
            await Api.SendAsync(HttpMethod.Get, "/api/returns/reasons", actor: "associate:sara@STORE-AMS"), HttpStatusCode.OK);

        Assert.Equal((saved.Version, 30, 14), (list.PolicyVersion, list.DefaultWindowDays, list.WindowDaysByChannel["pos"]));
        Assert.Equal(["does-not-fit", "changed-mind", "opened", "lost"], list.Reasons.Select(r => r.Code));
        var opened = list.Reasons[2];
        Assert.Equal((10m, 2.5m, true), (opened.RestockingFeePercent, opened.RestockingFeeFlat["EUR"], opened.NeedsGoodsBack));
        Assert.False(list.Reasons[3].NeedsGoodsBack);
    }

    [Fact]
    public async Task An_analyst_reads_the_return_configuration_but_cannot_change_it()
    {
        foreach (var kind in new[] { "return-policy", "refund-approval-policy", "return-settings" })
        {
            Assert.Equal(HttpStatusCode.OK, (await Api.SendAsync(HttpMethod.Get, $"/api/configuration/{kind}", actor: "analyst:ali")).StatusCode);
            using var content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
            using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/configuration/{kind}") { Content = content };
            await Api.AuthenticateAsync(request, "analyst:ali");
            Assert.Equal(HttpStatusCode.Forbidden, (await Api.Http.SendAsync(request)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await Api.SendAsync(HttpMethod.Get, "/api/returns/reasons", actor: "carrier:postnl")).StatusCode);
    }

    private static string Policy(string windows = "{}", IReadOnlyList<string>? nonReturnableSkus = null) => $$"""
        { "defaultWindowDays": 30, "windowDaysByChannel": {{windows}},
          "nonReturnableSkus": {{JsonSerializer.Serialize(nonReturnableSkus ?? [])}},
          "reasons": [
            { "code": "does-not-fit", "description": "Does not fit" },
            { "code": "changed-mind", "description": "Changed my mind" },
            { "code": "opened", "description": "Opened, no longer sealed", "restockingFeePercent": 10, "restockingFeeFlat": { "EUR": 2.50 } },
            { "code": "lost", "description": "Never arrived", "needsGoodsBack": false, "weAreAtFault": true } ] }
        """;

    private async Task<ConfigurationVersionResponse> GetAsync(string kind)
        => await Api.ExpectAsync<ConfigurationVersionResponse>(await Api.SendAsync(HttpMethod.Get, $"/api/configuration/{kind}"),
            HttpStatusCode.OK);

    private async Task<ConfigurationVersionResponse> SaveAsync(string kind, string json)
        => await Api.ExpectAsync<ConfigurationVersionResponse>(await PutAsync(kind, json, "admin:olga"), HttpStatusCode.OK);

    private async Task<HttpResponseMessage> PutAsync(string kind, string json, string actor)
    {
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/configuration/{kind}?comment=test") { Content = content };
        await Api.AuthenticateAsync(request, actor);
        return await Api.Http.SendAsync(request);
    }

    private async Task<JsonElement> ErrorsAsync(string kind, string json, HttpStatusCode status)
        => (await OmsClient.ProblemAsync(await PutAsync(kind, json, "admin:olga"), status)).GetProperty("errors");

    private static List<string> Keys(JsonElement errors) => [.. errors.EnumerateObject().Select(p => p.Name)];
}

public sealed class ReturnConfigurationTests_Sqlite(SqliteFixture fx) : ReturnConfigurationTests(fx), IClassFixture<SqliteFixture>;

public sealed class ReturnConfigurationTests_Postgres(PostgresFixture fx) : ReturnConfigurationTests(fx), IClassFixture<PostgresFixture>;
