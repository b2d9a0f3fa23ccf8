using Microsoft.Playwright;

namespace Oms.Console.Tests.Infrastructure;

/// <summary>
/// One server and one headless Debian chromium for all journeys (each journey gets its own browser context, so its own
/// cookies). Chromium is the system's (<c>/usr/bin/chromium</c>, or <c>OMS_CHROMIUM</c>): Playwright downloads nothing.
/// </summary>
public sealed class ConsoleFixture : IAsyncLifetime
{
    /// <summary>Generous, for a loaded two-core machine: every wait is on a condition, and ends as soon as it holds.</summary>
    public const float WaitMilliseconds = 90_000;

    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"oms-console-{Guid.NewGuid():N}");
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private ConsoleServer? _server;

    public ConsoleServer Server => _server ?? throw new InvalidOperationException("The server has not started.");
    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public static string ChromiumPath => Environment.GetEnvironmentVariable("OMS_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"Chromium is not installed at {ChromiumPath}: apt-get install chromium (scripts/test.sh does).");
        Directory.CreateDirectory(_directory);
        var starting = ConsoleServer.StartAsync(Path.Combine(_directory, "oms.db"));
        _playwright = await Playwright.CreateAsync();
        Assertions.SetDefaultExpectTimeout(WaitMilliseconds);
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Timeout = WaitMilliseconds,
            // As root (CI) chromium refuses its sandbox; /dev/shm is small in containers.
            Args = ["--no-sandbox", "--disable-dev-shm-usage"],
        });
        _server = await starting;
    }

    /// <summary>A fresh browser context (no cookies) and page on the server, tablet-sized as at a store counter.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = "en-GB",
        });
        context.SetDefaultTimeout(WaitMilliseconds);
        context.SetDefaultNavigationTimeout(WaitMilliseconds);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the exiting server; the temporary directory is swept by the system.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ConsoleCollection : ICollectionFixture<ConsoleFixture>
{
    public const string Name = "console";
}
