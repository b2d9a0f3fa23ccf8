using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Oms.Console.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Oms.Console.Tests.Journeys;

/// <summary>An administrator changes configuration in the console: edit, validate, save, compare, try, replay and roll back.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class AdminJourneyTests(ConsoleFixture fx)
{
    private const string StoresFirst = """
        { "name": "journey-stores-first", "filters": [ { "type": "locationType", "include": [ "store" ] } ],
          "rankers": [ { "type": "distance", "weight": 1 } ] }
        """;

    [Fact]
    public async Task An_admin_changes_a_sourcing_rule_and_rolls_it_back()
    {
        // The web key starts from a version that behaves like the built-in rule set, so that the journey leaves sourcing as it was.
        var baseline = await BaselineAsync();
        await TestOrders.ShippedToAddressAsync(fx.Server, $"admin-{Guid.NewGuid():N}@example.com", "3511 AB", "SKU-0001");
        var page = await fx.NewPageAsync();
        await page.SignInAsync("admin", "admin-demo-pass");

        await page.GetByRole(AriaRole.Link, new() { Name = "Configuration", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Configuration", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("rule-set-keys")).ToContainTextAsync("web");
        await page.AssertAccessibleAsync("admin-1-configuration");

        await page.GetByLabel("Rule-set key (e.g. web, web:pickupInStore, default)", new() { Exact = true }).FillAsync("web");
        await page.GetByRole(AriaRole.Button, new() { Name = "Open rule set" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sourcing rule set web" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId($"version-{baseline}")).ToContainTextAsync("active");
        var editor = page.GetByLabel("Document (JSON)", new() { Exact = true });
        var document = JsonNode.Parse(await editor.InputValueAsync())!;

        // An invalid value: the API's field error is shown with its path.
        var name = $"web-journey-{Guid.NewGuid():N}"[..24];
        document["name"] = name;
        document["rankers"]![0]!["weight"] = -5;
        await editor.FillAsync(document.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        await SaveAsync(page);
        await Expect(page.GetByTestId("field-errors")).ToContainTextAsync("rankers[0]");
        await Expect(page.GetByTestId("action-problem")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync("admin-2-field-error");

        document["rankers"]![0]!["weight"] = 100000;
        await editor.FillAsync(document.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        await SaveAsync(page);
        var saved = baseline + 1;
        await Expect(page.GetByTestId("action-done")).ToHaveTextAsync($"Saved version {saved} of Sourcing rule set web; it is active now.");
        await Expect(page.GetByTestId($"version-{saved}")).ToContainTextAsync("active");
        await Expect(page.GetByTestId($"version-{baseline}")).ToContainTextAsync("inactive");
        await Expect(page.GetByTestId("config-diff").Locator(".oms-diff-added")).ToContainTextAsync(name);
        await Expect(page.GetByTestId("config-diff").Locator(".oms-diff-removed")).ToContainTextAsync("\"name\"");
        await page.AssertAccessibleAsync("admin-3-saved-and-diff");

        // A candidate in the editor, not saved: tried on a sample order and replayed over today's orders.
        await editor.FillAsync(StoresFirst);
        await page.GetByRole(AriaRole.Button, new() { Name = "Where would it go?" }).ClickAsync();
        await Expect(page.GetByTestId("trial-result")).ToContainTextAsync("web@draft");
        await page.GetByRole(AriaRole.Button, new() { Name = "Replay orders" }).ClickAsync();
        var result = page.GetByTestId("replay-result");
        await Expect(result).ToContainTextAsync("order(s) replayed");
        await Expect(page.GetByTestId("replay-metrics")).ToContainTextAsync("Store share");
        // Stores only, for the web key: more of the replayed shipments leave from stores than under the active rule sets
        // (the other journeys' orders of today are in the period too, and keys other than web keep their active rules).
        var share = page.GetByTestId("replay-metrics").Locator("tr", new() { HasText = "Store share" }).Locator("td");
        await Expect(share).ToHaveCountAsync(2);
        static double Percent(string text) => double.Parse(text.Trim().TrimEnd('%'), System.Globalization.CultureInfo.InvariantCulture);
        var (activeShare, candidateShare) = (Percent(await share.Nth(0).InnerTextAsync()), Percent(await share.Nth(1).InnerTextAsync()));
        Assert.True(candidateShare > activeShare, $"store share: active {activeShare}%, candidate {candidateShare}%");
        await page.AssertAccessibleAsync("admin-4-trial-and-replay");

        // Roll back: the baseline is active again.
        await page.GetByRole(AriaRole.Button, new() { Name = $"Make version {baseline} active" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync($"Roll back to version {baseline}?");
        await page.AssertAccessibleAsync("admin-5-confirm-rollback");
        await dialog.GetByRole(AriaRole.Button, new() { Name = $"Activate version {baseline}" }).ClickAsync();
        await Expect(page.GetByTestId("action-done")).ToHaveTextAsync($"Version {baseline} of Sourcing rule set web is active now.");
        await Expect(page.GetByTestId($"version-{baseline}")).ToContainTextAsync("active");
        await Expect(page.GetByTestId($"version-{saved}")).ToContainTextAsync("inactive");
        await page.AssertAccessibleAsync("admin-6-rolled-back");

        // The API agrees: the baseline is the active version, the edited one is kept and inactive.
        var versions = await VersionsAsync();
        Assert.Equal([(saved, false), (baseline, true)], versions.Take(2).Select(v => (v.GetProperty("version").GetInt32(), v.GetProperty("active").GetBoolean())));
        Assert.Equal(name, versions[0].GetProperty("document").GetProperty("name").GetString());
    }

    private static async Task SaveAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Save as new version" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync("Save Sourcing rule set web?");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save and activate" }).ClickAsync();
    }

    /// <summary>Saves the built-in rule set as the web key's active version; its version number.</summary>
    private async Task<int> BaselineAsync()
    {
        using var http = fx.Server.AdminClient();
        var builtIn = JsonDocument.Parse(await http.GetStringAsync(new Uri("/api/sourcing/rule-sets/default-document", UriKind.Relative))).RootElement;
        using var response = await http.PutAsJsonAsync("/api/sourcing/rule-sets/web", new { document = builtIn, comment = "journey baseline: the built-in rule set" });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return JsonDocument.Parse(text).RootElement.GetProperty("version").GetInt32();
    }

    private async Task<List<JsonElement>> VersionsAsync()
    {
        using var http = fx.Server.AdminClient();
        var page = JsonDocument.Parse(await http.GetStringAsync(new Uri("/api/sourcing/rule-sets/web/versions", UriKind.Relative))).RootElement;
        return [.. page.GetProperty("items").EnumerateArray().Select(e => e.Clone())];
    }
}
