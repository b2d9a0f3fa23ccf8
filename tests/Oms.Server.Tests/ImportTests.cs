using Oms.Server.Web;
using Oms.Server.Core.Contracts;
using System.Net;
using Oms.Domain.Imports;
using Oms.Domain.Network;
using Oms.Server.Features.Network.Imports;
using Oms.Server.Features.Network;
using Oms.Server.Features.Orders;
using Oms.Server.Tests.Infrastructure;
using static Oms.Server.Tests.Infrastructure.ReferenceData;

namespace Oms.Server.Tests;

/// <summary>Bulk imports of products, locations and stock: good rows are applied, bad ones reported row by row.</summary>
public abstract class ImportTests(OmsFixture fx)
{
    private OmsClient Api => fx.Api;

    [Fact]
    public async Task A_csv_import_applies_the_good_rows_and_reports_each_bad_one()
    {
        var (a, b, c, d, e) = (Code("CSV"), Code("CSV"), Code("CSV"), Code("CSV"), Code("CSV"));
        var file = $"""
            sku,name,listPrice,currency,category
            {a},Tent,199.00,EUR,camping
            {b},Tent XL,-5,EUR,
            {c},"Mat, blue",12.5,eur,
            {d},Mat,twelve,EUR,
            BAD SKU,Mat,1,EUR,
            {e},Stove,45,USD,cooking
            """;

        var (started, location) = await Api.StartImportAsync("products", "text/csv", file, actor: "admin:eva");
        var job = await Api.WaitForImportAsync(location);

        Assert.Equal((ImportKind.Products, ImportFormat.Csv, "admin:eva"), (started.Kind, started.Format, started.Actor));
        Assert.Equal($"/api/imports/{started.Id}", location.ToString());
        Assert.Equal((ImportStatus.Completed, 6, 6, 3, 3), (job.Status, job.TotalRows, job.RowsRead, job.Accepted, job.Rejected));
        Assert.Equal([(2, "listPrice"), (4, "listPrice"), (5, "sku")], job.Errors.Select(x => (x.Row, x.Field)));
        Assert.Contains("not a number", job.Errors[1].Message, StringComparison.Ordinal);
        var mat = await Api.ExpectAsync<ProductResponse>(await Api.Http.GetAsync($"/api/products/{c}"), HttpStatusCode.OK);
        Assert.Equal(("Mat, blue", 12.5m, "EUR"), (mat.Name, mat.ListPrice, mat.Currency));
        Assert.Equal(("USD", "cooking"), await CurrencyAndCategory(e));
        Assert.Equal(HttpStatusCode.NotFound, (await Api.Http.GetAsync($"/api/products/{b}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.Http.GetAsync($"/api/products/{d}")).StatusCode);
        var audit = await Api.ExpectAsync<CursorPage<AuditEntryResponse>>(
            await Api.Http.GetAsync($"/api/reference-data/audit?entity=product&key={a}"), HttpStatusCode.OK);
        var entry = Assert.Single(audit.Items);
        Assert.Equal(("created", "admin:eva", $"import:{job.Id}"), (entry.Action, entry.Actor, entry.Source));
    }

    [Fact]
    public async Task A_json_import_takes_the_api_shape_and_refuses_numbers_for_enums()
    {
        var (dc, store, bad, odd) = (Code("DC"), Code("ST"), Code("ST"), Code("ST"));
        var file = $$"""
            [
              { "code": "{{dc}}", "name": "DC", "type": "distributionCenter", "sizeClass": "xl", "latitude": 52.03, "longitude": 5.08,
                "cutOffTime": "16:30" },
              { "code": "{{store}}", "name": "Store", "type": "store", "sizeClass": "s", "latitude": 52.09, "longitude": 5.12,
                "capabilities": ["pickup", "carryOut"], "openingHours": { "sunday": [ { "opens": "12:00", "closes": "17:00" } ] } },
              { "code": "{{bad}}", "name": "Store", "type": 1, "sizeClass": "s", "latitude": 52.09, "longitude": 5.12 },
              { "code": "{{odd}}", "name": "Store", "type": "store", "sizeClass": "s", "latitude": 52.09, "longitude": 5.12, "colour": "red" },
              "not an object"
            ]
            """;

        var job = await Api.ImportAsync("locations", "application/json", file);

        Assert.Equal((ImportStatus.Completed, 5, 2, 3), (job.Status, job.RowsRead, job.Accepted, job.Rejected));
        Assert.Equal([(3, "type"), (4, "colour"), (5, "$")], job.Errors.Select(x => (x.Row, x.Field)));
        Assert.Contains("distributionCenter", job.Errors[0].Message, StringComparison.Ordinal);
        var read = await Api.ExpectAsync<LocationResponse>(await Api.Http.GetAsync($"/api/locations/{store}"), HttpStatusCode.OK);
        Assert.Equal(["pickup", "carryOut"], read.Capabilities);
        Assert.Equal("12:00", Assert.Single(read.OpeningHours.Sunday!).Opens);
        Assert.Equal("16:30", (await Api.ExpectAsync<LocationResponse>(await Api.Http.GetAsync($"/api/locations/{dc}"), HttpStatusCode.OK)).CutOffTime);
    }

    [Fact]
    public async Task A_location_csv_reads_capabilities_opening_hours_and_the_address_from_columns()
    {
        var (store, bad) = (Code("ST"), Code("ST"));
        var file = $"""
            code,name,type,sizeClass,latitude,longitude,capabilities,openingHours,timeZone,line1,postalCode,city,country
            {store},Store Utrecht,store,m,52.0907,5.1214,ship|pickup,mon-fri 09:00-18:00; sat 10:00-12:30,13:00-17:00,Europe/Amsterdam,Oudegracht 1,3511 AA,Utrecht,NL
            {bad},Store Nowhere,store,m,52.0907,5.1214,ship,mon 18:00-09:00,,,,,
            """;
        file = file.Replace("mon-fri 09:00-18:00; sat 10:00-12:30,13:00-17:00", "\"mon-fri 09:00-18:00; sat 10:00-12:30,13:00-17:00\"",
            StringComparison.Ordinal);

        var job = await Api.ImportAsync("locations", "text/csv", file);

        Assert.Equal((1, 1), (job.Accepted, job.Rejected));
        Assert.Equal((2, "openingHours"), (job.Errors[0].Row, job.Errors[0].Field));
        var read = await Api.ExpectAsync<LocationResponse>(await Api.Http.GetAsync($"/api/locations/{store}"), HttpStatusCode.OK);
        Assert.Equal((LocationType.Store, SizeClass.M), (read.Type, read.SizeClass));
        Assert.Equal(["ship", "pickup"], read.Capabilities);
        Assert.Equal(("Store Utrecht", "Utrecht", "NL"), (read.Address!.Name, read.Address.City, read.Address.Country));
        Assert.Equal([new HoursRange("09:00", "18:00")], read.OpeningHours.Friday!);
        Assert.Equal(2, read.OpeningHours.Saturday!.Count);
    }

    [Fact]
    public async Task A_stock_import_sets_on_hand_absolutely_and_names_unknown_references()
    {
        var (dc, sku) = (Code("DC"), Code("SKU"));
        await Api.PutAsync<LocationResponse>($"/api/locations/{dc}", Dc(dc));
        await Api.PutAsync<ProductResponse>($"/api/products/{sku}", Product(sku));
        await Api.SetStockAsync(dc, sku, 10);
        var file = $"""
            location,sku,onHand,safetyStock
            {dc},{sku},3,1
            NOWHERE,{sku},5,
            {dc},NOTHING,5,
            {dc},{sku},-1,
            """;

        var job = await Api.ImportAsync("stock", "text/csv", file);

        Assert.Equal((1, 3), (job.Accepted, job.Rejected));
        Assert.Equal([(2, "location"), (3, "sku"), (4, "onHand")], job.Errors.Select(x => (x.Row, x.Field)));
        var stock = await Api.StockAtAsync(sku, dc);
        Assert.Equal((3, 1), (stock.OnHand, stock.SafetyStock));
    }

    [Theory]
    [InlineData("text/csv", "sku,name,price,currency\nA-1,Tent,1,EUR", "Unknown column 'price'")]
    [InlineData("text/csv", "sku,name\nA-1,Tent", "Required column(s) missing: listPrice, currency")]
    [InlineData("application/json", """{ "sku": "A-1" }""", "array of objects")]
    [InlineData("application/json", """[ { "sku": "A-1" """, "not valid JSON")]
    public async Task A_file_that_cannot_be_read_fails_the_job_with_the_reason(string contentType, string file, string reason)
    {
        var job = await Api.ImportAsync("products", contentType, file);

        Assert.Equal((ImportStatus.Failed, 0), (job.Status, job.Accepted));
        Assert.Contains(reason, job.FailureMessage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.Http.GetAsync("/api/products/A-1")).StatusCode);
    }

    [Fact]
    public async Task An_upload_that_is_not_csv_or_json_or_not_an_import_kind_is_refused()
    {
        using var text = new StringContent("sku,name", System.Text.Encoding.UTF8, "text/plain");
        using var csv = new StringContent("sku,name", System.Text.Encoding.UTF8, "text/csv");
        using var empty = new StringContent("", System.Text.Encoding.UTF8, "text/csv");

        var wrongType = await Api.Http.PostAsync("/api/imports/products", text);
        var wrongKind = await Api.Http.PostAsync("/api/imports/orders", csv);
        var nothing = await Api.Http.PostAsync("/api/imports/products", empty);

        Assert.Contains("text/csv or application/json",
            (await OmsClient.ProblemAsync(wrongType, HttpStatusCode.UnsupportedMediaType)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True((await OmsClient.ProblemAsync(wrongKind, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("kind", out _));
        await OmsClient.ProblemAsync(nothing, HttpStatusCode.UnprocessableEntity);
        await OmsClient.ProblemAsync(await Api.Http.GetAsync($"/api/imports/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
    }

    private async Task<(string, string?)> CurrencyAndCategory(string sku)
    {
        var p = await Api.ExpectAsync<ProductResponse>(await Api.Http.GetAsync($"/api/products/{sku}"), HttpStatusCode.OK);
        return (p.Currency, p.Category);
    }
}

public sealed class ImportTests_Sqlite(EmptySqliteFixture fx) : ImportTests(fx), IClassFixture<EmptySqliteFixture>;

public sealed class ImportTests_Postgres(EmptyPostgresFixture fx) : ImportTests(fx), IClassFixture<EmptyPostgresFixture>;
