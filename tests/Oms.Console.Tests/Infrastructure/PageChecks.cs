using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Oms.Console.Tests.Infrastructure;

/// <summary>What every journey does on each page it asserts: an axe-core scan and a screenshot kept for CI (artifacts/screenshots/).</summary>
public static class PageChecks
{
    private static readonly string[] Blocking = ["serious", "critical"];

    /// <summary>Fails on any serious or critical accessibility violation, naming the rule and the elements.</summary>
    public static async Task AssertAccessibleAsync(this IPage page, string name)
    {
        // The page the circuit rendered, not its prerendered copy being replaced while axe reads it.
        await page.WaitInteractiveAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath(name), FullPage = true });
        var result = await page.RunAxe();
        var blocking = result.Violations.Where(v => Blocking.Contains(v.Impact, StringComparer.Ordinal))
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join("; ", v.Nodes.Take(5).Select(n => string.Join(" ", n.Target)))}")
            .ToList();
        Assert.True(blocking.Count == 0, $"Accessibility violations on {name}:\n{string.Join("\n", blocking)}");
    }

    /// <summary>artifacts/screenshots/&lt;name&gt;.png under the repository root (CI keeps artifacts/).</summary>
    public static string ScreenshotPath(string name) => ArtifactPath(Path.Combine("screenshots", name + ".png"));

    /// <summary>A file under the repository root's artifacts/ (its folder created).</summary>
    public static string ArtifactPath(string relative)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Oms.slnx"))) dir = dir.Parent;
        var root = dir?.FullName ?? AppContext.BaseDirectory;
        var path = Path.Combine(root, "artifacts", relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    public static async Task SignInAsync(this IPage page, string userName, string password)
    {
        await page.GotoAsync("/console/sign-in");
        await page.GetByLabel("User name", new() { Exact = true }).FillAsync(userName);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("signed-in-as")).ToContainTextAsync(userName);
        await page.WaitInteractiveAsync();
    }

    /// <summary>
    /// Until the circuit has taken over a full page load's prerendered page (src/Oms.Console/Components/Layout/Prerendered.razor).
    /// Clicks and typing wait for it by themselves (the prerendered page is disabled and covered); reads of the page that
    /// must see the circuit's render wait here.
    /// </summary>
    public static Task WaitInteractiveAsync(this IPage page)
        => Assertions.Expect(page.GetByTestId("console-starting")).ToHaveCountAsync(0);
}
