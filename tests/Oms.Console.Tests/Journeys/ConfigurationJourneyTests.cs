using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Oms.Console.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Oms.Console.Tests.Journeys;

/// <summary>An administrator changes a notification template and a channel allocation in the console, and rolls each back.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ConfigurationJourneyTests(ConsoleFixture fx)
{
    private const string TemplateApi = "/api/configuration/notification-templates/web/atPickupPoint";
    private const string AllocationApi = "/api/channels/app/allocation";

    [Fact]
    public async Task An_admin_edits_a_notification_template_and_rolls_it_back()
    {
        // The key starts from a version with the template in force, so that the journey leaves the mails as they were.
        var baseline = await TemplateBaselineAsync();
        var saved = baseline + 1;
        var marker = $"Journey marker {Guid.NewGuid():N}"[..28];
        var page = await fx.NewPageAsync();
        await page.SignInAsync("admin", "admin-demo-pass");

        await page.GetByRole(AriaRole.Link, new() { Name = "Configuration", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Notification templates", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Notification templates", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("notifications")).ToContainTextAsync("shipment.at-pickup-point");
        await Expect(page.GetByTestId("active-templates")).ToContainTextAsync("web:atPickupPoint");
        await page.AssertAccessibleAsync("config-template-1-list");

        await page.GetByLabel("Channel (a channel code, or * for every channel)", new() { Exact = true }).FillAsync("web");
        await Expect(page.GetByLabel("Channel (a channel code, or * for every channel)", new() { Exact = true })).ToHaveValueAsync("web");
        var notification = page.GetByRole(AriaRole.Combobox, new() { Name = "Notification", Exact = true });
        await notification.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "atPickupPoint" }).ClickAsync();
        await Expect(notification).ToContainTextAsync("atPickupPoint");
        await Expect(page.GetByLabel("Channel (a channel code, or * for every channel)", new() { Exact = true })).ToHaveValueAsync("web");
        await page.GetByRole(AriaRole.Button, new() { Name = "Open template" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Notification template web:atPickupPoint" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId($"version-{baseline}")).ToContainTextAsync("active");
        await Expect(page.GetByTestId("template-in-force")).ToContainTextAsync($"web:atPickupPoint version {baseline}");
        var body = page.GetByLabel("Plain-text body (Liquid)", new() { Exact = true });
        var original = await body.InputValueAsync();
        Assert.Contains("{{", original, StringComparison.Ordinal);

        // A Liquid syntax error: refused, and the message with its line and column is shown at the body field.
        await body.FillAsync(original + "\n{% if %}");
        await SaveAsync(page);
        await Expect(page.GetByTestId("field-text")).ToContainTextAsync("Liquid syntax error at line");
        await Expect(page.GetByTestId("field-text")).ToContainTextAsync("column");
        await Expect(page.GetByTestId("field-subject")).Not.ToContainTextAsync("error");
        await Expect(page.GetByTestId("action-problem")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync("config-template-2-syntax-error");

        await body.FillAsync(original + "\n" + marker);
        await page.GetByLabel("Comment (why this change)", new() { Exact = true }).FillAsync("journey: a marker line");
        await SaveAsync(page);
        await Expect(page.GetByTestId("action-done")).ToHaveTextAsync($"Saved version {saved} of the template web:atPickupPoint; it is active now.");
        await Expect(page.GetByTestId("field-errors")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId($"version-{saved}")).ToContainTextAsync("active");
        await Expect(page.GetByTestId($"version-{baseline}")).ToContainTextAsync("inactive");
        await Expect(page.GetByTestId("config-diff").Locator(".oms-diff-added", new() { HasText = marker })).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("config-diff").Locator(".oms-diff-removed")).ToHaveCountAsync(0);

        // The preview renders the version in force against sample data.
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("preview-result")).ToContainTextAsync($"web:atPickupPoint version {saved}, sample data");
        await Expect(page.GetByTestId("preview-result")).ToContainTextAsync(marker);
        await page.AssertAccessibleAsync("config-template-3-saved-diff-preview");

        // Roll back: the baseline is in force again.
        await page.GetByRole(AriaRole.Button, new() { Name = $"Make version {baseline} active" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync($"Roll back to version {baseline}?");
        await dialog.GetByRole(AriaRole.Button, new() { Name = $"Activate version {baseline}" }).ClickAsync();
        await Expect(page.GetByTestId("action-done")).ToHaveTextAsync($"Version {baseline} of the template web:atPickupPoint is active now.");
        await Expect(page.GetByTestId($"version-{baseline}")).ToContainTextAsync("active");
        await Expect(page.GetByTestId($"version-{saved}")).ToContainTextAsync("inactive");
        await Expect(body).ToHaveValueAsync(original);
        await page.AssertAccessibleAsync("config-template-4-rolled-back");

        // The API agrees: the baseline is in force, the edited version is kept and inactive.
        using var http = fx.Server.AdminClient();
        var inForce = JsonDocument.Parse(await http.GetStringAsync(new Uri(TemplateApi, UriKind.Relative))).RootElement;
        Assert.Equal(("web:atPickupPoint", baseline, true), (inForce.GetProperty("key").GetString(), inForce.GetProperty("version").GetInt32(),
            inForce.GetProperty("active").GetBoolean()));
        var versions = JsonDocument.Parse(await http.GetStringAsync(new Uri(TemplateApi + "/versions", UriKind.Relative))).RootElement;
        Assert.Equal([(saved, false), (baseline, true)],
            versions.EnumerateArray().Take(2).Select(v => (v.GetProperty("version").GetInt32(), v.GetProperty("active").GetBoolean())));
        Assert.Contains(marker, versions[0].GetProperty("document").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_changes_a_channel_allocation_and_rolls_it_back()
    {
        // The app channel starts from an empty allocation (sell all available stock), so the journey leaves stock as it was.
        var baseline = await AllocationBaselineAsync();
        var saved = baseline + 1;
        var page = await fx.NewPageAsync();
        await page.SignInAsync("admin", "admin-demo-pass");

        await page.GetByRole(AriaRole.Link, new() { Name = "Configuration", Exact = true }).ClickAsync();
        await page.GetByLabel("Channel (e.g. web, marketplace)", new() { Exact = true }).FillAsync("app");
        await page.GetByRole(AriaRole.Button, new() { Name = "Open allocation" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Channel allocation app" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId($"version-{baseline}")).ToContainTextAsync("active");
        var editor = page.GetByLabel("Document (JSON)", new() { Exact = true });
        Assert.Equal([], JsonDocument.Parse(await editor.InputValueAsync()).RootElement.GetProperty("rules").EnumerateArray());

        // An impossible share: refused, with the field's path.
        await editor.FillAsync("""{ "rules": [ { "locationType": "store", "sharePercent": 150, "safetyStock": 1 } ] }""");
        await SaveAsync(page);
        await Expect(page.GetByTestId("field-errors")).ToContainTextAsync("rules[0].sharePercent");
        await Expect(page.GetByTestId("field-errors")).ToContainTextAsync("between 0 and 100");
        await page.AssertAccessibleAsync("config-allocation-1-field-error");

        await editor.FillAsync("""{ "rules": [ { "locationType": "store", "sharePercent": 40, "safetyStock": 1 } ] }""");
        await page.GetByLabel("Comment (why this change)", new() { Exact = true }).FillAsync("journey: stores keep most of their stock");
        await SaveAsync(page);
        await Expect(page.GetByTestId("action-done")).ToHaveTextAsync($"Saved version {saved} of Channel allocation app; it is active now.");
        await Expect(page.GetByTestId($"version-{saved}")).ToContainTextAsync("journey: stores keep most of their stock");
        await Expect(page.GetByTestId("config-diff").Locator(".oms-diff-added", new() { HasText = "\"sharePercent\": 40" })).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("config-diff").Locator(".oms-diff-removed", new() { HasText = "\"rules\": []" })).ToHaveCountAsync(1);
        await page.AssertAccessibleAsync("config-allocation-2-saved-and-diff");

        // There is no activate for allocations: a rollback saves the old rules again, as a new version.
        await page.GetByRole(AriaRole.Button, new() { Name = $"Make version {baseline} active" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync($"Roll back to version {baseline}?");
        await dialog.GetByRole(AriaRole.Button, new() { Name = $"Activate version {baseline}" }).ClickAsync();
        var restored = saved + 1;
        await Expect(page.GetByTestId("action-done")).ToHaveTextAsync($"Version {restored} of Channel allocation app is active now.");
        await Expect(page.GetByTestId($"version-{restored}")).ToContainTextAsync($"rollback to version {baseline}");
        await Expect(page.GetByTestId($"version-{saved}")).ToContainTextAsync("inactive");
        await page.AssertAccessibleAsync("config-allocation-3-rolled-back");

        using var http = fx.Server.AdminClient();
        var active = JsonDocument.Parse(await http.GetStringAsync(new Uri(AllocationApi, UriKind.Relative))).RootElement;
        Assert.Equal(restored, active.GetProperty("version").GetInt32());
        Assert.Equal(0, active.GetProperty("document").GetProperty("rules").GetArrayLength());

        // A channel that does not exist: the API's refusal, not an empty document to edit.
        await page.GotoAsync("/console/configuration/allocation/no-such-channel");
        await Expect(page.GetByTestId("action-problem")).ToContainTextAsync("no-such-channel");
    }

    private static async Task SaveAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Save as new version" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save and activate" }).ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
    }

    /// <summary>Saves the template in force for web:atPickupPoint as that key's own active version; its version number.</summary>
    private async Task<int> TemplateBaselineAsync()
    {
        using var http = fx.Server.AdminClient();
        var inForce = JsonDocument.Parse(await http.GetStringAsync(new Uri(TemplateApi, UriKind.Relative))).RootElement.GetProperty("document");
        using var response = await http.PutAsJsonAsync(TemplateApi, new
        {
            subject = inForce.GetProperty("subject").GetString(),
            text = inForce.GetProperty("text").GetString(),
            html = inForce.TryGetProperty("html", out var html) && html.ValueKind == JsonValueKind.String ? html.GetString() : null,
            enabled = true,
            comment = "journey baseline: the template in force",
        });
        return await VersionOfAsync(response);
    }

    private async Task<int> AllocationBaselineAsync()
    {
        using var http = fx.Server.AdminClient();
        using var response = await http.PutAsJsonAsync(AllocationApi, new { rules = Array.Empty<object>(), comment = "journey baseline: no allocation" });
        return await VersionOfAsync(response);
    }

    private static async Task<int> VersionOfAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return JsonDocument.Parse(text).RootElement.GetProperty("version").GetInt32();
    }
}
