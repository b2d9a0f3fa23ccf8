using Oms.Server.Web;
using Oms.Server.Core.Contracts;
using System.Net;
using System.Text;
using System.Text.Json;
using Oms.Domain.Orders;
using Oms.Domain.Sourcing;
using Oms.Server.Features.Amendments;
using Oms.Server.Features.Availability;
using Oms.Server.Features.Geocoding;
using Oms.Server.Features.Orders;
using Oms.Server.Features.Sourcing;
using Oms.Server.Tests.Infrastructure;
using static Oms.Server.Tests.Infrastructure.Orders;

namespace Oms.Server.Tests;

/// <summary>
/// Addresses without coordinates: placed at the centre of their postal code (the demo ships the Dutch table), or,
/// when that is unknown too, sourced with distances unknown and said so, never as 0 km or from the central DC.
/// </summary>
public abstract class GeocodingTests(OmsFixture fx)
{
    private OmsClient Api => fx.Api;

    private static readonly AddressRequest DamrakWithoutCoordinates = new("Anna de Vries", "Damrak 1", null, "1012 LG", "Amsterdam", "NL");
    private static readonly AddressRequest UnknownPostalCode = new("Anna de Vries", "Postbus 1", null, "1000 AA", "Amsterdam", "NL");

    [Fact]
    public async Task An_Amsterdam_address_without_coordinates_is_placed_by_its_postal_code_and_served_from_the_nearest_store()
    {
        // Without the central DC the default rule picks the nearest location with stock: Utrecht is nearest to the
        // DC, Amsterdam to the customer.
        await Api.StockOnlyAtAsync("SKU-0031", ("STORE-AMS", 5), ("STORE-UTR", 5), ("STORE-RTM", 5));

        var order = await Api.CaptureAsync(Online(Ship("SKU-0031")) with { ShippingAddress = DamrakWithoutCoordinates });

        Assert.Equal("postal-code NL 1012", order.ShippingAddress!.GeocodedFrom);
        Assert.Equal(52.3735, order.ShippingAddress.Latitude!.Value, 3);
        Assert.Equal(4.8951, order.ShippingAddress.Longitude!.Value, 3);
        Assert.Equal("STORE-AMS", order.Lines[0].FulfilmentLocation);
        Assert.Contains(order.Timeline,
            e => e.Type == "address.geocoded" && e.Message.EndsWith("postal-code NL 1012.", StringComparison.Ordinal));
        var line = (await Explanation(order.Number)).Lines[0];
        Assert.Equal("the customer's address, placed at the centre of postal-code NL 1012", line.Destination);
        Assert.True(line.Scores[0].Rankers.Single(r => r.Ranker == "distance").Value < 1);
    }

    [Fact]
    public async Task An_unknown_postal_code_leaves_the_distance_unknown_so_the_central_DC_does_not_win_as_nearest()
    {
        await Api.StockOnlyAtAsync("SKU-0032", ("DC-CENTRAL", 5), ("STORE-AMS", 5), ("STORE-UTR", 5));
        await SaveRules("app:shipToAddress", """
            { "name": "nearest",
              "rankers": [ { "type": "distance", "weight": 1 }, { "type": "priority", "weight": 1, "locations": ["STORE-UTR"] } ],
              "limits": { "maxCandidates": 1, "rankCandidatesBy": "distance" } }
            """);

        var placed = await Api.CaptureAsync(Online(Ship("SKU-0032")) with { Channel = "app", ShippingAddress = DamrakWithoutCoordinates });
        var unknown = await Api.CaptureAsync(Online(Ship("SKU-0032")) with { Channel = "app", ShippingAddress = UnknownPostalCode });

        Assert.Equal("STORE-AMS", placed.Lines[0].FulfilmentLocation);
        Assert.Null(unknown.ShippingAddress!.Latitude);
        Assert.Null(unknown.ShippingAddress.GeocodedFrom);
        // Nobody is nearest: the other ranker decides, and the DC (0 km from itself) is not taken for the customer.
        Assert.Equal("STORE-UTR", unknown.Lines[0].FulfilmentLocation);
        var explanation = await Explanation(unknown.Number);
        const string Why = "the customer's address has no coordinates and postal code 1000 AA is not in the NL postal-code table";
        Assert.Contains($"distance unknown for 1 line(s): {Why}", explanation.Summary, StringComparison.Ordinal);
        var line = explanation.Lines[0];
        Assert.Equal($"distance unknown: {Why}", line.Destination);
        Assert.All(line.Scores, s => Assert.Null(s.Rankers.Single(r => r.Ranker == "distance").Value));
        var limit = line.FilteredOut.Single(g => g.Rule == "limits.maxCandidates");
        Assert.Contains("DC-CENTRAL", limit.Locations);
        Assert.Contains("distance unknown", limit.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_maximum_distance_back_orders_a_line_whose_distance_is_unknown_and_says_why()
    {
        await Api.StockOnlyAtAsync("SKU-0033", ("STORE-AMS", 5));
        await SaveRules("callcenter:shipToAddress", """
            { "name": "near", "filters": [ { "type": "maxDistance", "km": 30 } ], "rankers": [ { "type": "distance" } ] }
            """);
        var callcenter = Online(Ship("SKU-0033")) with { Channel = "callcenter" };

        var near = await Api.CaptureAsync(callcenter with { ChannelOrderId = NewId(), ShippingAddress = DamrakWithoutCoordinates });
        var unknown = await Api.CaptureAsync(callcenter with { ChannelOrderId = NewId(), ShippingAddress = UnknownPostalCode });

        Assert.Equal("STORE-AMS", near.Lines[0].FulfilmentLocation);
        Assert.Equal(LineStatus.Backordered, unknown.Lines[0].Status);
        Assert.Contains(unknown.Timeline,
            e => e.Type == "line.backordered" && e.Message.Contains("distance unknown", StringComparison.Ordinal));
        var removed = (await Explanation(unknown.Number)).Lines[0].FilteredOut.Single(g => g.Rule == "filters[0] maxDistance");
        Assert.Equal(["STORE-AMS"], removed.Locations);
        Assert.StartsWith("distance unknown", removed.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_the_address_to_one_without_coordinates_places_it_and_sources_again_from_there()
    {
        await Api.StockOnlyAtAsync("SKU-0034", ("STORE-AMS", 5), ("STORE-UTR", 5));
        var order = await Api.CaptureAsync(Online(Ship("SKU-0034")) with { ShippingAddress = UtrechtHome });
        Assert.Equal("STORE-UTR", order.Lines[0].FulfilmentLocation);

        var change = new AmendOrderRequest(AmendmentType.ChangeShippingAddress, ShippingAddress: DamrakWithoutCoordinates);
        var amended = await Api.ExpectAsync<OrderResponse>(
            await Api.PostAsync($"/api/orders/{order.Id}/amendments", change, "agent:anna"), HttpStatusCode.OK);

        Assert.Equal("postal-code NL 1012", amended.ShippingAddress!.GeocodedFrom);
        Assert.Equal("STORE-AMS", amended.Lines[0].FulfilmentLocation);
    }

    [Fact]
    public async Task A_postal_code_resolves_to_its_centroid_and_an_unknown_one_is_not_found()
    {
        var found = await Api.ExpectAsync<PostalCodeResolution>(
            await Api.Http.GetAsync("/api/postal-codes/nl/1012%20lg"), HttpStatusCode.OK);
        Assert.Equal(("NL", "1012", "Amsterdam", "postal-code NL 1012"), (found.Country, found.Key, found.Place, found.GeocodedFrom));
        Assert.Equal(["1012LG", "1012", "10"], found.Tried);

        var missing = await OmsClient.ProblemAsync(await Api.Http.GetAsync("/api/postal-codes/NL/1000%20AA"), HttpStatusCode.NotFound);
        Assert.Contains("1000AA, 1000, 10", missing.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await OmsClient.ProblemAsync(await Api.Http.GetAsync("/api/postal-codes/NL/ABC"), HttpStatusCode.UnprocessableEntity);
        await OmsClient.ProblemAsync(await Api.Http.GetAsync("/api/postal-codes/LU/1009"), HttpStatusCode.NotFound);
        var tables = await Api.ExpectAsync<CursorPage<PostalCodeTableResponse>>(await Api.Http.GetAsync("/api/postal-codes"), HttpStatusCode.OK);
        Assert.True(tables.Items.Single(t => t.Country == "NL").Rows > 4000);
    }

    [Fact]
    public async Task A_CSV_with_bad_rows_loads_nothing_and_names_each_bad_line()
    {
        const string Csv = """
            country,postalCode,latitude,longitude,place
            BE,1000,50.8466,4.3528,Brussel
            BE,2000,north,4.4025,Antwerpen
            NL,9000,51.0543,3.7174,Gent
            BE,1000,50.85,4.35,Brussel again
            BE,3000,50.8798,4.7005,Leuven
            """;

        var problem = await OmsClient.ProblemAsync(await PutCsv("BE", Csv), HttpStatusCode.UnprocessableEntity);

        var errors = problem.GetProperty("errors");
        Assert.Equal(["line 3", "line 4", "line 5"], errors.EnumerateObject().Select(p => p.Name));
        Assert.Contains("latitude 'north'", errors.GetProperty("line 3")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("country 'NL'", errors.GetProperty("line 4")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("already on line 2", errors.GetProperty("line 5")[0].GetString(), StringComparison.Ordinal);
        await OmsClient.ProblemAsync(await Api.Http.GetAsync("/api/postal-codes/BE/3000"), HttpStatusCode.NotFound);
        await OmsClient.ProblemAsync(await PutCsv("BE", "zip,lat,lon\n1000,50,4\n"), HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task A_loaded_table_geocodes_the_next_order_and_a_new_load_replaces_it()
    {
        const string Germany = """
            country,postalCode,latitude,longitude,place
            DE,10115,52.5323,13.3846,Berlin Mitte
            DE,80331,48.1374,11.5755,München
            """;
        var first = await Api.ExpectAsync<PostalCodeTableResponse>(await PutCsv("DE", Germany), HttpStatusCode.OK);
        Assert.Equal((2, "admin:geo"), (first.Rows, first.LoadedBy));
        var berlin = new AddressRequest("Jan", "Chausseestraße 1", null, "10115", "Berlin", "DE");
        var order = await Api.CaptureAsync(Online(Ship("SKU-0035")) with { ShippingAddress = berlin });
        Assert.Equal("postal-code DE 10115", order.ShippingAddress!.GeocodedFrom);

        var second = await Api.ExpectAsync<PostalCodeTableResponse>(
            await PutCsv("DE", "country;postalCode;latitude;longitude\nDE;80331;48.1374;11.5755\n", "GeoNames DE 2026"), HttpStatusCode.OK);

        Assert.Equal((1, "GeoNames DE 2026"), (second.Rows, second.Source));
        await OmsClient.ProblemAsync(await Api.Http.GetAsync("/api/postal-codes/DE/10115"), HttpStatusCode.NotFound);
        var later = await Api.CaptureAsync(Online(Ship("SKU-0035")) with { ShippingAddress = berlin });
        Assert.Null(later.ShippingAddress!.GeocodedFrom);
    }

    [Fact]
    public async Task Stores_near_a_postal_code_are_the_stores_near_its_centroid()
    {
        await Api.StockOnlyAtAsync("SKU-0036", ("STORE-AMS", 5), ("STORE-HLM", 5), ("STORE-UTR", 5));

        var byCode = await Api.ExpectAsync<List<LocationAvailability>>(
            await Api.Http.GetAsync("/api/availability/SKU-0036/stores?postalCode=1012%20LG&country=NL"), HttpStatusCode.OK);
        var byPoint = await Api.ExpectAsync<List<LocationAvailability>>(
            await Api.Http.GetAsync("/api/availability/SKU-0036/stores?latitude=52.3735&longitude=4.8951"), HttpStatusCode.OK);

        Assert.Equal(["STORE-AMS", "STORE-HLM", "STORE-UTR"], byCode.Select(s => s.Location));
        Assert.Equal(byPoint.Select(s => (s.Location, s.DistanceKm)), byCode.Select(s => (s.Location, s.DistanceKm)));
        var unknown = await OmsClient.ProblemAsync(
            await Api.Http.GetAsync("/api/availability/SKU-0036/stores?postalCode=1000%20AA&country=NL"),
            HttpStatusCode.UnprocessableEntity);
        Assert.True(unknown.GetProperty("errors").TryGetProperty("postalCode", out _));
    }

    private async Task<HttpResponseMessage> PutCsv(string country, string csv, string? source = null)
    {
        var query = source is null ? "" : $"?source={Uri.EscapeDataString(source)}";
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/postal-codes/{country}{query}")
        {
            Content = new StringContent(csv, Encoding.UTF8, "text/csv"),
        };
        await Api.AuthenticateAsync(request, "admin:geo");
        return await Api.Http.SendAsync(request);
    }

    private async Task SaveRules(string key, string document)
        => await Api.ExpectAsync<Core.Configuration.ConfigurationVersionResponse>(await Api.SendAsync(HttpMethod.Put,
            $"/api/sourcing/rule-sets/{key}", new SaveRuleSetRequest(JsonDocument.Parse(document).RootElement, "test", null), "admin:test"),
            HttpStatusCode.OK);

    private async Task<SourcingExplanation> Explanation(string order)
    {
        var decisions = await Api.ExpectAsync<List<SourcingDecisionResponse>>(
            await Api.Http.GetAsync($"/api/orders/{order}/sourcing"), HttpStatusCode.OK);
        return decisions[^1].Explanation.Deserialize<SourcingExplanation>(OmsClient.Json)!;
    }
}

public sealed class GeocodingTests_Sqlite(SqliteFixture fx) : GeocodingTests(fx), IClassFixture<SqliteFixture>;

public sealed class GeocodingTests_Postgres(PostgresFixture fx) : GeocodingTests(fx), IClassFixture<PostgresFixture>;
