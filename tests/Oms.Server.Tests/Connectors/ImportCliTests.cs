using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Oms.Domain.Catalog;
using Oms.Domain.Connectors;
using Oms.Persistence;
using Oms.Server.Features.Connectors;
using Oms.Server.Features.Network;
using Oms.Server.Tests.Infrastructure;

namespace Oms.Server.Tests.Connectors;

/// <summary>
/// <c>Oms.Server import …</c> as a script runs it: the built binary as a process against the fixture's database, its
/// summary on standard output and its exit code (0 all accepted, 1 some rejected, 2 usage, 3 no database).
/// </summary>
public abstract class ImportCliTests(OmsFixture fx) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("oms-cli-").FullName;

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    private static string Order(string id, string sku) => $$"""
        {"channel":"web","channelOrderId":"{{id}}","customer":{"email":"cli@example.com","name":"Cli"},"shippingAddress":{"name":"Cli","line1":"Vredenburg 1","postalCode":"3511 BD","city":"Utrecht","country":"NL"},"lines":[{"sku":"{{sku}}","quantity":1,"unitPrice":19.95,"deliveryMethod":"shipToAddress"}]}
        """;

    private async Task<string> FileAsync(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        await File.WriteAllTextAsync(path, text);
        return path;
    }

    private async Task<(int Exit, string Out, string Err)> RunAsync(params string[] arguments)
        => await RunOnAsync(fx.ConnectionString, arguments);

    private async Task<(int Exit, string Out, string Err)> RunOnAsync(string connectionString, params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Oms.Server.dll"));
        foreach (var a in arguments) info.ArgumentList.Add(a);
        info.Environment["ConnectionStrings__Oms"] = connectionString;
        info.Environment["Database__Provider"] = fx.Provider.ToString();
        info.Environment["Oms__SeedDemoData"] = "false";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The import did not exit within 120 s:\n{await stdout}\n{await stderr}");
        }
        return (process.ExitCode, await stdout, await stderr);
    }

    [Fact]
    public async Task Orders_are_captured_once_however_often_the_file_is_imported_and_rejections_say_why()
    {
        var (a, b) = ("CLI-" + Guid.NewGuid().ToString("N")[..8], "CLI-" + Guid.NewGuid().ToString("N")[..8]);
        var file = await FileAsync("orders.jsonl", $"{Order(a, "SKU-0001")}\n{Order(b, "SKU-0002")}\n{Order("CLI-BAD", "NO-SUCH-SKU")}\n");

        var first = await RunAsync("import", "orders", "--format", "oms", "--file", file);
        var again = await RunAsync("import", "orders", "--format", "oms", "--file", file);

        Assert.True(first.Exit == 1, first.Out + first.Err);
        Assert.StartsWith("2 accepted, 0 already there, 1 rejected", first.Out, StringComparison.Ordinal);
        Assert.Contains("rejected record 3: lines[0].sku: ", first.Out, StringComparison.Ordinal);
        Assert.Equal(1, again.Exit);
        Assert.StartsWith("0 accepted, 2 already there, 1 rejected", again.Out, StringComparison.Ordinal);
        var inbox = await fx.Api.ExpectAsync<JsonObject>(await fx.Api.Http.GetAsync("/api/inbox?source=cli:orders.jsonl"), HttpStatusCode.OK);
        Assert.Equal(3, inbox["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_dry_run_checks_every_record_and_writes_nothing()
    {
        var id = "CLI-DRY-" + Guid.NewGuid().ToString("N")[..8];
        var file = await FileAsync("dry.json", $"[{Order(id, "SKU-0003")}, {Order(id + "-2", "SKU-0004")}]");

        var dry = await RunAsync("import", "orders", "--format", "oms", "--file", file, "--dry-run");

        Assert.True(dry.Exit == 0, dry.Out + dry.Err);
        Assert.StartsWith("2 would be accepted, 0 already there, 0 rejected (dry run: nothing written)", dry.Out, StringComparison.Ordinal);
        var inbox = await fx.Api.ExpectAsync<JsonObject>(await fx.Api.Http.GetAsync("/api/inbox?source=cli:dry.json"), HttpStatusCode.OK);
        Assert.Empty(inbox["items"]!.AsArray());
    }

    [Fact]
    public async Task An_x12_file_is_imported_through_its_connector_and_a_catalogue_through_the_import_runner()
    {
        var partner = "C" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var code = partner.ToLowerInvariant();
        Assert.True((await fx.Api.Http.PutAsJsonAsync($"/api/channels/{code}", new ChannelRequest(code, "EDI", ChannelType.Webshop, "EUR"), OmsClient.Json)).IsSuccessStatusCode);
        var settings = new JsonObject { ["partnerIsaId"] = partner, ["isaId"] = "OMSRETAIL", ["customerEmail"] = "desk@partner.example" };
        await fx.Api.ExpectAsync<ConnectorResponse>(await fx.Api.PostAsync("/api/connectors", new ConnectorRequest(code, ConnectorKind.X12, code, settings,
            null, new ConnectorMapping(new Dictionary<string, string> { ["ACME-778"] = "SKU-0002" }))), HttpStatusCode.Created);
        var edi = await FileAsync("po.edi", X12Payloads.From("850-two-orders.edi", partner, partner));

        var x12 = await RunAsync("import", "orders", "--format", "x12", "--connector", code, "--file", edi);

        Assert.True(x12.Exit == 0, x12.Out + x12.Err);
        Assert.StartsWith("2 accepted, 0 already there, 0 rejected", x12.Out, StringComparison.Ordinal);

        var sku = "CLI" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var csv = await FileAsync("products.csv", $"sku,name,listPrice,currency\n{sku}-A,Tent,199.00,EUR\n{sku}-B,Mat,twelve,EUR\n");
        var catalogue = await RunAsync("import", "catalogue", "--file", csv);
        Assert.True(catalogue.Exit == 1, catalogue.Out + catalogue.Err);
        Assert.StartsWith("1 accepted, 0 already there, 1 rejected", catalogue.Out, StringComparison.Ordinal);
        Assert.Contains("row 2: listPrice: ", catalogue.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_of_Shopify_orders_is_imported_through_the_connector_s_adapter_once_however_often_it_runs()
    {
        var code = "shop" + Guid.NewGuid().ToString("N")[..6];
        Assert.True((await fx.Api.Http.PutAsJsonAsync($"/api/channels/{code}", new ChannelRequest(code, "Shop", ChannelType.Webshop, "EUR"), OmsClient.Json)).IsSuccessStatusCode);
        var settings = new JsonObject { ["baseUrl"] = "https://cli-shop.myshopify.com", ["shopDomain"] = "cli-shop.myshopify.com" };
        await fx.Api.ExpectAsync<ConnectorResponse>(await fx.Api.PostAsync("/api/connectors", new ConnectorRequest(code, ConnectorKind.Shopify, code, settings,
            new Dictionary<string, string> { ["clientSecret"] = "cli-secret", ["accessToken"] = "cli-token" },
            new ConnectorMapping(new Dictionary<string, string> { ["IPOD2008PINK"] = "SKU-0001" }))), HttpStatusCode.Created);
        var orders = new JsonArray();
        var ids = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            var order = WebshopPayloads.Json("shopify", "orders-create.json");
            var id = Random.Shared.NextInt64(1_000_000_000_000, 9_000_000_000_000_000_000);
            order["id"] = id;
            ids.Add(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            orders.Add(order);
        }
        var unmapped = WebshopPayloads.Json("shopify", "orders-create.json");
        unmapped["id"] = 1_234_567;
        unmapped["line_items"]![0]!["sku"] = "NOT-MAPPED-" + code;
        orders.Add(unmapped);
        var file = await FileAsync("shopify-orders.json", orders.ToJsonString());

        var first = await RunAsync("import", "orders", "--format", "shopify", "--connector", code, "--file", file);
        var again = await RunAsync("import", "orders", "--format", "shopify", "--connector", code, "--file", file);

        Assert.True(first.Exit == 1, first.Out + first.Err);
        Assert.StartsWith("2 accepted, 0 already there, 1 rejected", first.Out, StringComparison.Ordinal);
        Assert.Contains("NOT-MAPPED-" + code, first.Out, StringComparison.Ordinal);
        Assert.True(again.Exit == 1, again.Out + again.Err);
        Assert.StartsWith("0 accepted, 2 already there, 1 rejected", again.Out, StringComparison.Ordinal);
        foreach (var id in ids)
        {
            var found = await fx.Api.Http.GetFromJsonAsync<JsonObject>($"/api/orders?channelOrderId={id}", OmsClient.Json);
            Assert.Single(found!["items"]!.AsArray());
        }
    }

    [Fact]
    public async Task Usage_mistakes_exit_with_2_and_an_unreachable_database_with_3()
    {
        var file = await FileAsync("o.jsonl", Order("CLI-X", "SKU-0001"));

        var noFormat = await RunAsync("import", "orders", "--file", file);
        Assert.True(noFormat.Exit == 2, noFormat.Out + noFormat.Err);
        Assert.Equal(2, (await RunAsync("import", "orders", "--format", "x12", "--file", file)).Exit);
        Assert.Equal(2, (await RunAsync("import", "nonsense")).Exit);
        var unreachable = fx.Provider == DatabaseProvider.Sqlite
            ? $"Data Source={Path.Combine(_folder, "missing", "dir", "oms.db")}"
            : "Host=127.0.0.1;Port=1;Database=oms;Username=oms;Password=x;Timeout=3";
        var down = await RunOnAsync(unreachable, "import", "orders", "--format", "oms", "--file", file);
        Assert.Equal(3, down.Exit);
        Assert.Contains("Cannot reach the database", down.Err, StringComparison.Ordinal);
    }
}

public sealed class ImportCliTests_Sqlite(SqliteFixture fx) : ImportCliTests(fx), IClassFixture<SqliteFixture>;

public sealed class ImportCliTests_Postgres(PostgresFixture fx) : ImportCliTests(fx), IClassFixture<PostgresFixture>;
