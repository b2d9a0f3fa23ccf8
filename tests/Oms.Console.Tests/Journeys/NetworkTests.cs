using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Oms.Console.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Oms.Console.Tests.Journeys;

/// <summary>
/// Maintaining the network on a tablet: products, locations and channels are listed, changed after confirming, and a bad
/// value comes back as the API's field error next to the field. Only network.write (the admin) maintains them; operations
/// reads them.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class NetworkTests(ConsoleFixture fx)
{
    [Fact]
    public async Task Admin_renames_a_product_after_the_api_refused_a_negative_price_next_to_the_field()
    {
        var sku = $"NW-{Guid.NewGuid():N}"[..14].ToUpperInvariant();
        using var admin = fx.Server.AdminClient();
        (await admin.PutAsJsonAsync(new Uri($"/api/products/{sku}", UriKind.Relative),
            new { name = "Tent two-person", listPrice = 199.95m, currency = "EUR", category = "Tents" })).EnsureSuccessStatusCode();

        var page = await fx.NewPageAsync();
        await page.SetViewportSizeAsync(1024, 768);
        await page.SignInAsync("admin", "admin-demo-pass");
        await page.GetByRole(AriaRole.Link, new() { Name = "Network" }).ClickAsync();
        await page.GetByLabel("SKU or name contains", new() { Exact = true }).FillAsync(sku);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        var row = page.GetByTestId("products").Locator($"tr[data-sku='{sku}']");
        await Expect(row).ToContainTextAsync("Tent two-person");
        await Expect(row).ToContainTextAsync("EUR 199.95");
        await page.AssertAccessibleAsync("network-1-products");

        await row.GetByRole(AriaRole.Button, new() { Name = $"Edit product {sku}" }).ClickAsync();
        var form = page.GetByTestId("product-form");
        await Expect(form.GetByLabel("Product name", new() { Exact = true })).ToHaveValueAsync("Tent two-person");
        await form.GetByLabel("List price", new() { Exact = true }).FillAsync("-1");
        await form.GetByRole(AriaRole.Button, new() { Name = "Save product" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Save product" }).ClickAsync();
        await Expect(page.GetByTestId("action-problem")).ToContainTextAsync("Refused");
        await Expect(page.Locator(".mud-input-control", new() { Has = page.GetByLabel("List price", new() { Exact = true }) }))
            .ToContainTextAsync("listPrice must not be negative.");
        await page.AssertAccessibleAsync("network-2-field-error");

        await form.GetByLabel("List price", new() { Exact = true }).FillAsync("189.5");
        await form.GetByLabel("Product name", new() { Exact = true }).FillAsync("Tent two-person, green");
        await form.GetByRole(AriaRole.Button, new() { Name = "Save product" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync($"Save product {sku}?");
        await Expect(dialog).ToContainTextAsync("Tent two-person, green");
        await page.AssertAccessibleAsync("network-3-confirm");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save product" }).ClickAsync();

        await Expect(page.GetByTestId("action-done")).ToHaveTextAsync($"Product {sku} saved: “Tent two-person, green”, EUR 189.50.");
        await Expect(row.GetByTestId("product-name")).ToHaveTextAsync("Tent two-person, green");
        var product = JsonDocument.Parse(await admin.GetStringAsync(new Uri($"/api/products/{sku}", UriKind.Relative))).RootElement;
        Assert.Equal("Tent two-person, green", product.GetProperty("name").GetString());
        Assert.Equal(189.5m, product.GetProperty("listPrice").GetDecimal());
        Assert.Equal("Tents", product.GetProperty("category").GetString());
        await page.AssertAccessibleAsync("network-4-saved");
    }

    [Fact]
    public async Task Admin_changes_a_locations_cut_off_address_and_opening_hours_and_renames_a_channel()
    {
        var code = $"LOC-{Guid.NewGuid():N}"[..12].ToUpperInvariant();
        var channel = $"ch-{Guid.NewGuid():N}"[..11];
        using var admin = fx.Server.AdminClient();
        (await admin.PutAsJsonAsync(new Uri($"/api/locations/{code}", UriKind.Relative), new
        {
            name = "Pop-up Leiden", type = "store", sizeClass = "s", latitude = 52.16, longitude = 4.49, enabled = false,
            address = new { name = "Pop-up", line1 = "Breestraat 1", postalCode = "2311 CH", city = "Leiden", country = "NL" },
            openingHours = new { saturday = new[] { new { opens = "10:00", closes = "17:00" } } },
        })).EnsureSuccessStatusCode();
        (await admin.PutAsJsonAsync(new Uri($"/api/channels/{channel}", UriKind.Relative),
            new { name = "Test shop", type = "webshop", currency = "EUR", enabled = false })).EnsureSuccessStatusCode();

        var page = await fx.NewPageAsync();
        await page.SetViewportSizeAsync(1024, 768);
        await page.SignInAsync("admin", "admin-demo-pass");
        await page.GotoAsync("/console/network");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Locations" }).ClickAsync();
        var row = page.GetByTestId("locations").Locator($"tr[data-location='{code}']");
        await Expect(row).ToContainTextAsync("Pop-up Leiden");
        await page.AssertAccessibleAsync("network-5-locations");

        await row.GetByRole(AriaRole.Button, new() { Name = $"Edit location {code}" }).ClickAsync();
        var form = page.GetByTestId("location-form");
        await Expect(form.GetByLabel("Street and number", new() { Exact = true })).ToHaveValueAsync("Breestraat 1");
        await Expect(form.GetByLabel("Saturday hours", new() { Exact = true })).ToHaveValueAsync("10:00-17:00");
        await Expect(form.GetByLabel("Sunday hours", new() { Exact = true })).ToHaveValueAsync("");

        // Hours that are not ranges are refused by the form, before anything is sent.
        await form.GetByLabel("Sunday hours", new() { Exact = true }).FillAsync("from noon");
        await form.GetByRole(AriaRole.Button, new() { Name = "Save location" }).ClickAsync();
        await Expect(page.Locator(".mud-input-control", new() { Has = page.GetByLabel("Sunday hours", new() { Exact = true }) }))
            .ToContainTextAsync("Write Sunday's hours as opens-closes");

        // Times the API refuses: each shown at its own field.
        await form.GetByLabel("Cut-off time (HH:mm)", new() { Exact = true }).FillAsync("25:00");
        await form.GetByLabel("Sunday hours", new() { Exact = true }).FillAsync("12:00-25:00");
        await form.GetByRole(AriaRole.Button, new() { Name = "Save location" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Save location" }).ClickAsync();
        await Expect(page.Locator(".mud-input-control", new() { Has = page.GetByLabel("Cut-off time (HH:mm)", new() { Exact = true }) })).ToContainTextAsync("cutOffTime '25:00' is not a time of day HH:mm.");
        await Expect(page.Locator(".mud-input-control", new() { Has = page.GetByLabel("Sunday hours", new() { Exact = true }) })).ToContainTextAsync("closes '25:00' is not a time of day HH:mm.");
        await page.AssertAccessibleAsync("network-6-location-field-error");

        await form.GetByLabel("Cut-off time (HH:mm)", new() { Exact = true }).FillAsync("15:30");
        await form.GetByLabel("Sunday hours", new() { Exact = true }).FillAsync("12:00-17:00");
        await form.GetByLabel("City", new() { Exact = true }).FillAsync("Leiden Centrum");
        await form.GetByLabel("Location name", new() { Exact = true }).FillAsync("Pop-up Leiden Breestraat");
        await form.GetByRole(AriaRole.Button, new() { Name = "Save location" }).ClickAsync();
        var confirm = page.GetByRole(AriaRole.Dialog);
        await Expect(confirm).ToContainTextAsync("Address: Breestraat 1, 2311 CH, Leiden Centrum, NL. Opening hours: Sat 10:00-17:00; Sun 12:00-17:00.");
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Save location" }).ClickAsync();
        await Expect(page.GetByTestId("action-done")).ToHaveTextAsync($"Location {code} saved: “Pop-up Leiden Breestraat”, disabled.");
        await Expect(row).ToContainTextAsync("15:30");

        var location = JsonDocument.Parse(await admin.GetStringAsync(new Uri($"/api/locations/{code}", UriKind.Relative))).RootElement;
        Assert.Equal("Pop-up Leiden Breestraat", location.GetProperty("name").GetString());
        Assert.Equal("15:30", location.GetProperty("cutOffTime").GetString());
        Assert.False(location.GetProperty("enabled").GetBoolean());
        var address = location.GetProperty("address");
        Assert.Equal(("Breestraat 1", "Leiden Centrum", "NL"), (address.GetProperty("line1").GetString(), address.GetProperty("city").GetString(),
            address.GetProperty("country").GetString()));
        var hours = location.GetProperty("openingHours");
        Assert.Equal("10:00", hours.GetProperty("saturday")[0].GetProperty("opens").GetString());
        Assert.Equal(("12:00", "17:00"), (hours.GetProperty("sunday")[0].GetProperty("opens").GetString(),
            hours.GetProperty("sunday")[0].GetProperty("closes").GetString()));
        Assert.Equal(0, hours.GetProperty("monday").GetArrayLength());

        await page.GetByRole(AriaRole.Tab, new() { Name = "Channels" }).ClickAsync();
        var channelRow = page.GetByTestId("channels").Locator($"tr[data-channel='{channel}']");
        await channelRow.GetByRole(AriaRole.Button, new() { Name = $"Edit channel {channel}" }).ClickAsync();
        var channelForm = page.GetByTestId("channel-form");
        await channelForm.GetByLabel("Channel name", new() { Exact = true }).FillAsync("Test shop NL");
        await channelForm.GetByRole(AriaRole.Button, new() { Name = "Save channel" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Save channel" }).ClickAsync();
        await Expect(page.GetByTestId("action-done")).ToHaveTextAsync($"Channel {channel} saved: “Test shop NL”, disabled.");
        await Expect(channelRow.GetByTestId("channel-name")).ToHaveTextAsync("Test shop NL");
        var saved = JsonDocument.Parse(await admin.GetStringAsync(new Uri($"/api/channels/{channel}", UriKind.Relative))).RootElement;
        Assert.Equal("Test shop NL", saved.GetProperty("name").GetString());
        await page.AssertAccessibleAsync("network-7-channel-saved");
    }

    [Fact]
    public async Task Operations_reads_the_network_but_is_offered_no_changes()
    {
        var page = await fx.NewPageAsync();
        await page.SetViewportSizeAsync(1024, 768);
        await page.SignInAsync("olga", "olga-demo-pass");
        await page.GetByRole(AriaRole.Link, new() { Name = "Network" }).ClickAsync();
        await Expect(page.GetByTestId("network-read-only")).ToContainTextAsync("your role does not maintain them");
        await Expect(page.GetByTestId("products").Locator("tr[data-sku='SKU-0001']")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "New product" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Edit product SKU-0001" })).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync("network-8-read-only");
    }
}
