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
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath(name), FullPage = true });
        var result = await page.RunAxe();
        var blocking = result.Violations.Where(v => Blocking.Contains(v.Impact, StringComparer.Ordinal))
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join("; ", v.Nodes.Take(5).Select(n => string.Join(" ", n.Target)))}")
            .ToList();
        Assert.True(blocking.Count == 0, $"Accessibility violations on {name}:\n{string.Join("\n", blocking)}");
    }

    /// <summary>artifacts/screenshots/&lt;name&gt;.png under the repository root (CI keeps artifacts/).</summary>
    public static string ScreenshotPath(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Oms.slnx"))) dir = dir.Parent;
        var root = dir?.FullName ?? AppContext.BaseDirectory;
        var screenshots = Path.Combine(root, "artifacts", "screenshots");
        Directory.CreateDirectory(screenshots);
        return Path.Combine(screenshots, name + ".png");
    }

    public static async Task SignInAsync(this IPage page, string userName, string password)
    {
        await page.GotoAsync("/console/sign-in");
        await page.GetByLabel("User name").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("signed-in-as")).ToContainTextAsync(userName);
    }
}
