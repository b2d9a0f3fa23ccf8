using Oms.Server.Web;
using Oms.Server.Core.Contracts;
using System.Net;
using Oms.Domain.Catalog;
using Oms.Domain.Orders;
using Oms.Server.Features.Network;
using Oms.Server.Features.Orders;
using Oms.Server.Tests.Infrastructure;
using static Oms.Server.Tests.Infrastructure.Orders;
using static Oms.Server.Tests.Infrastructure.ReferenceData;

namespace Oms.Server.Tests;

/// <summary>Products, locations, channels and carriers change through the API; every change is audited; nothing is deleted.</summary>
public abstract class ReferenceDataAuditTests(OmsFixture fx)
{
    private OmsClient Api => fx.Api;

    [Fact]
    public async Task Every_change_is_audited_with_who_when_and_the_record_before_and_after()
    {
        var code = Code("STORE");
        var created = fx.Clock.GetUtcNow().UtcDateTime;
        await Api.PutAsync<LocationResponse>($"/api/locations/{code}", Store(code), actor: "admin:eva");
        fx.Clock.Advance(TimeSpan.FromMinutes(5));
        var updated = await Api.PutAsync<LocationResponse>($"/api/locations/{code}", Store(code) with { Name = "Store Dam", Enabled = false },
            HttpStatusCode.OK, actor: "admin:bob");

        var audit = await Audit($"entity=location&key={code}");

        Assert.Equal(2, audit.Items.Count);
        var (last, first) = (audit.Items[0], audit.Items[1]);
        Assert.Equal(("updated", "admin:bob", "api"), (last.Action, last.Actor, last.Source));
        Assert.Equal(created.AddMinutes(5), last.At);
        Assert.Equal(["name", "enabled"], last.ChangedFields);
        Assert.Equal($"Store {code}", last.Before!.Value.GetProperty("name").GetString());
        Assert.Equal("Store Dam", last.After.GetProperty("name").GetString());
        Assert.False(last.After.GetProperty("enabled").GetBoolean());
        Assert.Equal(("created", "admin:eva", created), (first.Action, first.Actor, first.At));
        Assert.Null(first.Before);
        Assert.Equal("09:00", first.After.GetProperty("openingHours").GetProperty("monday")[0].GetProperty("opens").GetString());
        Assert.False(updated.Enabled);
        Assert.Single((await Audit($"entity=location&key={code}&actor=admin:bob")).Items);
    }

    [Fact]
    public async Task A_change_that_changes_nothing_answers_200_and_is_not_audited()
    {
        var sku = Code("SKU");
        await Api.PutAsync<ProductResponse>($"/api/products/{sku}", Product(sku));

        var again = await Api.PutAsync<ProductResponse>($"/api/products/{sku}", Product(sku), HttpStatusCode.OK);

        Assert.Equal(sku, again.Sku);
        Assert.Single((await Audit($"entity=product&key={sku}")).Items);
    }

    [Fact]
    public async Task A_location_keeps_its_details_and_a_disabled_one_is_passed_by_when_sourcing()
    {
        var (channel, near, far, sku) = (Code("CH").ToLowerInvariant(), Code("STORE"), Code("DC"), Code("SKU"));
        await Api.PutAsync<ChannelResponse>($"/api/channels/{channel}", Channel(channel));
        await Api.PutAsync<LocationResponse>($"/api/locations/{near}", Store(near, 52.37, 4.89) with { TimeZone = "Europe/Brussels" });
        await Api.PutAsync<LocationResponse>($"/api/locations/{far}", Dc(far) with { Latitude = 50.85, Longitude = 5.69 });
        await Api.PutAsync<ProductResponse>($"/api/products/{sku}", Product(sku));
        await Api.SetStockAsync(near, sku, 5);
        await Api.SetStockAsync(far, sku, 5);

        var disabled = await Api.PutAsync<LocationResponse>($"/api/locations/{near}",
            Store(near, 52.37, 4.89) with { TimeZone = "Europe/Brussels", Enabled = false }, HttpStatusCode.OK);
        var order = await Api.CaptureAsync(Online(NewId("DIS"), "anna@example.com", Ship(sku)) with { Channel = channel });

        Assert.Equal(far, Assert.Single(order.Lines).FulfilmentLocation);
        var read = await Api.ExpectAsync<LocationResponse>(await Api.Http.GetAsync($"/api/locations/{near}"), HttpStatusCode.OK);
        Assert.Equal(Json(disabled), Json(read));
        Assert.Equal(("Europe/Brussels", false), (read.TimeZone, read.Enabled));
        Assert.Equal(["ship", "pickup", "returns", "carryOut"], read.Capabilities);
        Assert.Equal([new HoursRange("10:00", "12:30"), new HoursRange("13:00", "17:00")], read.OpeningHours.Saturday!);
        Assert.Empty(read.OpeningHours.Sunday!);
        var dc = await Api.ExpectAsync<LocationResponse>(await Api.Http.GetAsync($"/api/locations/{far}"), HttpStatusCode.OK);
        Assert.Equal(("17:00", "Nieuwegein"), (dc.CutOffTime, dc.Address!.City));
    }

    [Fact]
    public async Task A_deactivated_product_is_kept_with_its_category_and_no_longer_sold()
    {
        var (channel, dc, sku) = (Code("CH").ToLowerInvariant(), Code("DC"), Code("SKU"));
        await Api.PutAsync<ChannelResponse>($"/api/channels/{channel}", Channel(channel));
        await Api.PutAsync<LocationResponse>($"/api/locations/{dc}", Dc(dc));
        await Api.PutAsync<ProductResponse>($"/api/products/{sku}", Product(sku, 25m, "swimwear"));
        await Api.SetStockAsync(dc, sku, 5);

        var off = await Api.PutAsync<ProductResponse>($"/api/products/{sku}", Product(sku, 19.95m, "swimwear") with { Active = false }, HttpStatusCode.OK);
        var refused = await Api.PostAsync("/api/orders", Online(NewId("OFF"), "anna@example.com", Ship(sku)) with { Channel = channel });

        Assert.Equal((19.95m, false, "swimwear"), (off.ListPrice, off.Active, off.Category));
        var problem = await OmsClient.ProblemAsync(refused, HttpStatusCode.UnprocessableEntity);
        Assert.True(problem.GetProperty("errors").TryGetProperty("lines[0].sku", out _));
        var listed = await Api.ExpectAsync<CursorPage<ProductResponse>>(await Api.Http.GetAsync($"/api/products?search={sku}"), HttpStatusCode.OK);
        Assert.Equal(off, Assert.Single(listed.Items));
    }

    [Fact]
    public async Task A_pos_channel_sells_to_anonymous_customers_unless_told_otherwise()
    {
        var (pos, web, strictPos) = (Code("POS").ToLowerInvariant(), Code("WEB").ToLowerInvariant(), Code("POS").ToLowerInvariant());

        var till = await Api.PutAsync<ChannelResponse>($"/api/channels/{pos}", Channel(pos, ChannelType.Pos));
        var shop = await Api.PutAsync<ChannelResponse>($"/api/channels/{web}", Channel(web) with { AcceptsBackorders = false });
        var strict = await Api.PutAsync<ChannelResponse>($"/api/channels/{strictPos}", Channel(strictPos, ChannelType.Pos) with { AllowsAnonymousCustomer = false });

        Assert.True(till.AllowsAnonymousCustomer);
        Assert.Equal((false, false), (shop.AllowsAnonymousCustomer, shop.AcceptsBackorders));
        Assert.False(strict.AllowsAnonymousCustomer);
        var all = await Api.ExpectAsync<CursorPage<ChannelResponse>>(await Api.Http.GetAsync("/api/channels"), HttpStatusCode.OK);
        Assert.Contains(all.Items, c => c.Code == pos && c.AllowsAnonymousCustomer);
        Assert.Equal(shop, await Api.ExpectAsync<ChannelResponse>(await Api.Http.GetAsync($"/api/channels/{web}"), HttpStatusCode.OK));
    }

    [Fact]
    public async Task Carriers_are_created_listed_changed_and_disabled()
    {
        var code = Code("DHL");
        var created = await Api.PutAsync<CarrierResponse>($"/api/carriers/{code}",
            new CarrierRequest(null, "DHL Parcel", "https://track.example/dhl?id={trackingNumber}", Services: ["standard", "evening"]));
        fx.Clock.Advance(TimeSpan.FromSeconds(1));

        var changed = await Api.PutAsync<CarrierResponse>($"/api/carriers/{code}",
            new CarrierRequest(code, "DHL", "https://track.example/dhl/{trackingNumber}", false, ["standard"]), HttpStatusCode.OK);

        Assert.Equal(["standard", "evening"], created.Services);
        Assert.Equal(Json(new CarrierResponse(code, "DHL", "https://track.example/dhl/{trackingNumber}", false, ["standard"])), Json(changed));
        var one = await Api.ExpectAsync<CarrierResponse>(await Api.Http.GetAsync($"/api/carriers/{code}"), HttpStatusCode.OK);
        Assert.Equal(changed.Services, one.Services);
        var all = await Api.ExpectAsync<CursorPage<CarrierResponse>>(await Api.Http.GetAsync("/api/carriers"), HttpStatusCode.OK);
        Assert.Contains(all.Items, c => c.Code == code && !c.Enabled);
        var audit = await Audit($"entity=carrier&key={code}");
        Assert.Equal(["name", "trackingUrlTemplate", "enabled", "services"], audit.Items[0].ChangedFields);
        await OmsClient.ProblemAsync(await Api.Http.GetAsync("/api/carriers/NOPE"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Asking_the_audit_for_an_unknown_entity_is_a_400()
    {
        var problem = await OmsClient.ProblemAsync(await Api.Http.GetAsync("/api/reference-data/audit?entity=order"), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("entity", out _));
    }

    private static string Json(object value) => System.Text.Json.JsonSerializer.Serialize(value, OmsClient.Json);

    private async Task<CursorPage<AuditEntryResponse>> Audit(string query)
        => await Api.ExpectAsync<CursorPage<AuditEntryResponse>>(await Api.Http.GetAsync($"/api/reference-data/audit?{query}"), HttpStatusCode.OK);
}

public sealed class ReferenceDataAuditTests_Sqlite(EmptySqliteFixture fx) : ReferenceDataAuditTests(fx), IClassFixture<EmptySqliteFixture>;

public sealed class ReferenceDataAuditTests_Postgres(EmptyPostgresFixture fx) : ReferenceDataAuditTests(fx), IClassFixture<EmptyPostgresFixture>;
