using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Playwright;
using Oms.Benchmarks.Capture;
using Oms.Benchmarks.Growth;
using Oms.Benchmarks.RawSql;

namespace Oms.Benchmarks.Pages;

/// <summary>
/// How long the console's pages take to show their content with many orders stored (<c>--prefill</c>, 100,000 by default),
/// per database: the orders are stored as the growth benchmark stores them (<see cref="Prefill"/>, COPY on PostgreSQL),
/// spread over <see cref="Days"/> days and reshaped by <see cref="ConsoleSeed"/> (statuses, one frequent customer, work at
/// STORE-UTR); then the real server on Kestrel serves the console to Debian's headless chromium (Playwright, as the console
/// tests drive it), signed in as the demo administrator (the store page as sara), and every page is loaded
/// <c>--warmup</c> times untimed and <c>--runs</c> times timed, each a fresh navigation (a new Blazor circuit): from the
/// navigation's start until an element that only shows once the page's data has arrived is visible. Searches typed into a
/// form are timed from the click on their button. The API calls behind the pages are timed on their own as well.
/// </summary>
internal static class ConsolePagesCommand
{
    public const int Days = 60;
    private const float Timeout = 120_000;

    private sealed record Measure(string Page, string What, string User, Func<IPage, Task<TimeSpan>> Run);

    private sealed record ApiCall(string Name, Func<HttpClient, Task<HttpResponseMessage>> Send);

    public static async Task<int> RunAsync(CaptureSettings settings, CancellationToken ct)
    {
        var warmup = settings.Warmup == CaptureSettings.Default.Warmup ? 3 : settings.Warmup;
        var databases = ReferenceEquals(settings.Databases, CaptureSettings.Default.Databases) ? [BenchDb.Postgres, BenchDb.Sqlite] : settings.Databases;
        var command = $"console-pages --prefill {settings.Prefill} --runs {settings.Runs} --warmup {warmup} --db {string.Join(',', databases).ToLowerInvariant()}";
        System.Console.WriteLine($"{command}; {Environment.ProcessorCount} cores, load {Load.Now()}");
        var pageRows = new List<string>();
        var apiRows = new List<string>();
        var phaseRows = new List<string>();
        PhaseTimes.Clear();
        var problems = new List<string>();
        var chromium = Environment.GetEnvironmentVariable("OMS_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium, Headless = true, Timeout = Timeout, Args = ["--no-sandbox", "--disable-dev-shm-usage"],
        });
        foreach (var db in databases)
        {
            var name = db.ToString().ToLowerInvariant();
            await using var database = await BenchDatabase.CreateAsync(db, settings.Durable, ct);
            await using var host = new OmsHost(database);
            host.Start();
            var end = DateTime.UtcNow.AddMinutes(-1);
            var seeding = Stopwatch.StartNew();
            await Prefill.RunAsync(database, settings.Prefill, settings, ct, end: end, days: Days, shape: ConsoleSeed.Shape);
            var stored = await database.CountOrdersAsync(ct);
            System.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"[{name}] {stored:N0} orders stored in {seeding.Elapsed.TotalSeconds:0} s; load {Load.Now()}"));
            var sample = await database.RowAsync(
                $"SELECT \"Number\", \"CustomerEmail\", \"ShippingAddress_PostalCode\" FROM \"Orders\" WHERE \"ChannelOrderId\" = '{ConsoleSeed.SampleChannelOrderId(settings.Prefill)}'", ct)
                ?? throw new InvalidOperationException("The sample order was not stored.");
            var (number, email, postalCode) = (sample[0]!, sample[1]!, sample[2]!);
            var from = end.Date.AddDays(-6).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var to = end.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

            var admin = await SignedInPageAsync(browser, host.Address, "admin");
            var sara = await SignedInPageAsync(browser, host.Address, "sara");
            const string OrdersForm = "form[aria-label='Search orders'] button[type=submit]";
            var order = $"/console/orders/{number}";
            var history = $"/console/orders?email={Uri.EscapeDataString(ConsoleSeed.FrequentEmail)}";
            const string Queues = "[data-testid=queues-updated]:has-text('updated')";
            const string StoreLoaded = "[data-testid=store-updated]:has-text('updated')";
            const string Kpis = "[data-testid=kpi-orders]";
            Measure[] measures =
            [
                new("console shell", "orders page, empty form: no data, the console's own load", "admin", p => LoadAsync(p, "/console/orders", OrdersForm)),
                new("orders search", "first page, no filter (newest first)", "admin", p => SearchAsync(p, null)),
                new("orders search", "by e-mail (one order)", "admin", p => LoadAsync(p, $"/console/orders?email={Uri.EscapeDataString(email)}", Rows)),
                new("orders search", "by status Released", "admin", p => SearchAsync(p, async () =>
                {
                    await p.GetByLabel("Status", new() { Exact = true }).ClickAsync();
                    await p.GetByRole(AriaRole.Option, new() { Name = "Released", Exact = true }).ClickAsync();
                })),
                new("orders search", $"placed in 7 days ({from}..{to})", "admin", p => SearchAsync(p, async () =>
                {
                    await p.GetByLabel("Placed from", new() { Exact = true }).FillAsync(from);
                    await p.GetByLabel("Placed until", new() { Exact = true }).FillAsync(to);
                })),
                new("order page", number, "admin", p => LoadAsync(p, order, "[data-testid=customer]")),
                new("order page", "in-app navigation", "admin", p => InAppAsync(p, "/console/orders", OrdersForm, order, "[data-testid=customer]")),
                new("customer's history", $"{ConsoleSeed.FrequentEmail} ({ConsoleSeed.FrequentOrders(settings.Prefill)} orders)", "admin", p => LoadAsync(p, history, Rows)),
                new("customer's history", "in-app navigation", "admin", p => InAppAsync(p, "/console/configuration", "h1:has-text('Configuration')", history, Rows)),
                new("queues", "all tabs loaded", "admin", p => LoadAsync(p, "/console/queues", Queues)),
                new("queues", "in-app navigation", "admin", p => InAppAsync(p, "/console/orders", OrdersForm, "/console/queues", Queues)),
                new("store", "STORE-UTR (sara)", "sara", p => LoadAsync(p, "/console/store", StoreLoaded)),
                new("store", "in-app navigation", "sara", p => InAppAsync(p, "/console/orders", OrdersForm, "/console/store", StoreLoaded)),
                new("dashboard", "last 30 days", "admin", p => LoadAsync(p, "/console/dashboard", Kpis)),
                new("dashboard", "in-app navigation", "admin", p => InAppAsync(p, "/console/orders", OrdersForm, "/console/dashboard", Kpis)),
                new("dashboard, fresh", "Refresh pressed (figures computed now)", "admin", RefreshAsync),
                new("customer's order page", "/track, look-up by number and e-mail", "admin", p => TrackAsync(p, number, email)),
            ];
            // OMS_BENCH_PAGES (comma-separated page names, e.g. "console shell,store") measures only those pages, without the API calls.
            var only = Environment.GetEnvironmentVariable("OMS_BENCH_PAGES") is { Length: > 0 } filter
                ? filter.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : null;
            foreach (var m in measures.Where(m => only is null || only.Contains(m.Page, StringComparer.OrdinalIgnoreCase)))
            {
                var page = m.User == "sara" ? sara : admin;
                var times = new List<double>();
                string? failure = null;
                for (var i = 0; i < warmup + settings.Runs && failure is null; i++)
                {
                    try
                    {
                        Current = i >= warmup ? (m.Page, m.What) : null;
                        var t = await m.Run(page);
                        if (i >= warmup) times.Add(t.TotalMilliseconds);
                    }
                    catch (Exception e) when (e is PlaywrightException or TimeoutException)
                    {
                        failure = e.Message.Split('\n')[0];
                        await page.ScreenshotAsync(new PageScreenshotOptions
                            { Path = RepositoryPaths.BenchArtifacts($"console-pages-{name}-{m.Page.Replace(' ', '-').Replace("'", "")}.png") });
                    }
                }
                if (failure is not null) problems.Add($"{name} {m.Page} ({m.What}): {failure}");
                var row = Row(name, m.Page, m.What, times);
                System.Console.WriteLine(row);
                pageRows.Add(row);
                if (m.What.Contains("navigation", StringComparison.Ordinal) || m.Page.Contains("search", StringComparison.Ordinal)
                    || m.Page.Contains("track", StringComparison.Ordinal) || m.Page.Contains("'s order", StringComparison.Ordinal)) continue;
                foreach (var phase in Phases.Select(p => p.Name))
                {
                    var phaseRow = Row(name, $"{m.Page}: {phase}", "ms from navigation start", PhaseTimes.GetValueOrDefault((m.Page, m.What, phase)) ?? []);
                    System.Console.WriteLine(phaseRow);
                    phaseRows.Add(phaseRow);
                }
            }
            if (only is not null)
            {
                await admin.Context.CloseAsync();
                await sara.Context.CloseAsync();
                continue;
            }

            using var http = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromMinutes(2) };
            http.DefaultRequestHeaders.Add("X-Api-Key", Oms.Server.Demo.DemoAccess.Admin.Key);
            var fromUtc = Uri.EscapeDataString(DateTime.ParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("yyyy-MM-ddT00:00:00Z", CultureInfo.InvariantCulture));
            var toUtc = Uri.EscapeDataString(DateTime.ParseExact(to, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("yyyy-MM-ddT23:59:59Z", CultureInfo.InvariantCulture));
            var kpiFrom = Uri.EscapeDataString(end.Date.AddDays(-29).ToString("yyyy-MM-ddT00:00:00Z", CultureInfo.InvariantCulture));
            var kpiTo = Uri.EscapeDataString(end.Date.AddDays(1).ToString("yyyy-MM-ddT00:00:00Z", CultureInfo.InvariantCulture));
            ApiCall[] calls =
            [
                new("GET /api/orders?limit=25", h => h.GetAsync("/api/orders?limit=25")),
                new("GET /api/orders?email=(one order)", h => h.GetAsync($"/api/orders?limit=25&email={Uri.EscapeDataString(email)}")),
                new("GET /api/orders?status=released", h => h.GetAsync("/api/orders?limit=25&status=released")),
                new("GET /api/orders?from&to (7 days)", h => h.GetAsync($"/api/orders?limit=25&from={fromUtc}&to={toUtc}")),
                new("GET /api/orders/{number}", h => h.GetAsync($"/api/orders/{number}")),
                new("GET /api/orders/{number}/sourcing", h => h.GetAsync($"/api/orders/{number}/sourcing")),
                new("GET /api/orders/{number}/returns", h => h.GetAsync($"/api/orders/{number}/returns")),
                new("GET /api/orders?email=(frequent customer)", h => h.GetAsync($"/api/orders?limit=25&email={Uri.EscapeDataString(ConsoleSeed.FrequentEmail)}")),
                new("GET /api/holds?kind=fraud&limit=100", h => h.GetAsync("/api/holds?kind=fraud&limit=100")),
                new("GET /api/exception-queue?limit=100", h => h.GetAsync("/api/exception-queue?limit=100")),
                new("GET /api/orders?status=backordered&limit=100", h => h.GetAsync("/api/orders?status=backordered&limit=100")),
                new("GET /api/fulfilment-orders?location=STORE-UTR&status=released&limit=100",
                    h => h.GetAsync("/api/fulfilment-orders?location=STORE-UTR&status=released&limit=100")),
                new("GET /api/kpis (30 days)", h => h.GetAsync($"/api/kpis?from={kpiFrom}&to={kpiTo}")),
                new("GET /api/kpis (30 days), Cache-Control: no-cache", async h =>
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/kpis?from={kpiFrom}&to={kpiTo}");
                    request.Headers.CacheControl = new System.Net.Http.Headers.CacheControlHeaderValue { NoCache = true };
                    return await h.SendAsync(request);
                }),
                new("POST /api/order-status", h => h.PostAsJsonAsync("/api/order-status", new { number, email })),
            ];
            foreach (var call in calls)
            {
                var times = new List<double>();
                for (var i = 0; i < warmup + settings.Runs; i++)
                {
                    var clock = Stopwatch.StartNew();
                    using var response = await call.Send(http);
                    await response.Content.ReadAsByteArrayAsync(ct);
                    clock.Stop();
                    if (!response.IsSuccessStatusCode)
                    {
                        problems.Add($"{name} {call.Name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
                        break;
                    }
                    if (i >= warmup) times.Add(clock.Elapsed.TotalMilliseconds);
                }
                var row = Row(name, call.Name, "", times);
                System.Console.WriteLine(row);
                apiRows.Add(row);
            }
            await admin.Context.CloseAsync();
            await sara.Context.CloseAsync();
        }

        var report = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"# Console pages with {settings.Prefill:N0} orders stored, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC").AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"`{command}`; {Environment.ProcessorCount} cores, load at the end {Load.Now()}").AppendLine()
            .AppendLine("Milliseconds from the navigation's start (searches: from the click on Search) until the page's data is visible,")
            .AppendLine("headless chromium, each run a fresh page load and Blazor circuit. Pages are prerendered: a full load shows the data from")
            .AppendLine("the HTML, and takes input once the circuit has rendered (the 'interactive' point below).").AppendLine()
            .AppendLine("| db | page | what | runs | p50 ms | p95 ms | max ms |")
            .AppendLine("|---|---|---|---:|---:|---:|---:|");
        foreach (var row in pageRows) report.AppendLine(row);
        report.AppendLine().AppendLine("Where a full load's time goes (the timed runs; ms from the navigation's start until each point):").AppendLine()
            .AppendLine("| db | page: point | | runs | p50 ms | p95 ms | max ms |")
            .AppendLine("|---|---|---|---:|---:|---:|---:|");
        foreach (var row in phaseRows) report.AppendLine(row);
        report.AppendLine().AppendLine("The API calls behind them (admin key, one client, server on loopback):").AppendLine()
            .AppendLine("| db | call | | runs | p50 ms | p95 ms | max ms |")
            .AppendLine("|---|---|---|---:|---:|---:|---:|");
        foreach (var row in apiRows) report.AppendLine(row);
        foreach (var p in problems) report.AppendLine("- PROBLEM: " + p);
        System.Console.WriteLine();
        System.Console.Write(report);
        var file = RepositoryPaths.BenchArtifacts($"console-pages-{DateTime.UtcNow:yyyyMMdd-HHmmss}.md");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, report.ToString(), ct);
        System.Console.WriteLine($"Written to {file}");
        return problems.Count == 0 ? 0 : 1;
    }

    private const string Rows = "[data-testid=order-results] tbody tr";

    private static async Task<IPage> SignedInPageAsync(IBrowser browser, Uri address, string user)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = address.ToString(), ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, Locale = "en-GB",
        });
        context.SetDefaultTimeout(Timeout);
        context.SetDefaultNavigationTimeout(Timeout);
        await context.AddInitScriptAsync(Marks);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/console/sign-in");
        await page.GetByLabel("User name", new() { Exact = true }).FillAsync(user);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync($"{user}-demo-pass");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByTestId("signed-in-as").WaitForAsync();
        await InteractiveAsync(page);
        return page;
    }

    /// <summary>Until the circuit has taken over the prerendered page (Layout/Prerendered.razor's cover is gone).</summary>
    private static Task InteractiveAsync(IPage page)
        => page.GetByTestId("console-starting").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });

    /// <summary>From the navigation's start until <paramref name="selector"/>'s first match is visible.</summary>
    private static async Task<TimeSpan> LoadAsync(IPage page, string url, string selector)
    {
        var clock = Stopwatch.StartNew();
        await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
        await page.Locator(selector).First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        var elapsed = clock.Elapsed;
        await RecordPhasesAsync(page, url);
        return elapsed;
    }

    /// <summary>The points a full load passes, read from the browser: Navigation and Resource Timing and <see cref="Marks"/>.</summary>
    private static readonly (string Name, string Script)[] Phases =
    [
        ("HTML received", "performance.getEntriesByType('navigation')[0].responseEnd"),
        ("styles received", "Math.max(0, ...performance.getEntriesByType('resource').filter(e => e.name.endsWith('.css')).map(e => e.responseEnd))"),
        ("blazor.web.js received", "Math.max(0, ...performance.getEntriesByType('resource').filter(e => e.name.includes('blazor.web')).map(e => e.responseEnd))"),
        ("scripts received", "Math.max(0, ...performance.getEntriesByType('resource').filter(e => e.name.endsWith('.js')).map(e => e.responseEnd))"),
        ("DOMContentLoaded done", "performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd"),
        ("negotiate sent", "Math.max(0, ...performance.getEntriesByType('resource').filter(e => e.name.includes('_blazor/negotiate')).map(e => e.startTime))"),
        ("negotiate answered", "Math.max(0, ...performance.getEntriesByType('resource').filter(e => e.name.includes('_blazor/negotiate')).map(e => e.responseEnd))"),
        ("WebSocket opened", "window.__omsMarks.wsOpen ?? 0"),
        ("first message from the server", "window.__omsMarks.wsFirst ?? 0"),
        ("first contentful paint", "performance.getEntriesByType('paint').find(e => e.name === 'first-contentful-paint')?.startTime ?? 0"),
        ("largest contentful paint", "window.__omsMarks.lcp ?? 0"),
        ("layout rendered", "window.__omsMarks.layout ?? 0"),
        ("person shown (/api/auth/me)", "window.__omsMarks.me ?? 0"),
        ("page's data shown", "window.__omsMarks.page ?? 0"),
        ("interactive (the circuit's render replaced the prerendered page)", "window.__omsMarks.interactive ?? 0"),
    ];

    /// <summary>Set on every page before its own scripts: when the circuit's WebSocket opens and first hears, and when the DOM shows what.</summary>
    private const string Marks = """
        (() => {
          const m = window.__omsMarks = {};
          new PerformanceObserver(list => { for (const e of list.getEntries()) m.lcp = e.startTime; })
            .observe({ type: 'largest-contentful-paint', buffered: true });
          const Ws = window.WebSocket;
          const Wrapped = function (...args) {
            const ws = new Ws(...args);
            ws.addEventListener('open', () => { m.wsOpen ??= performance.now(); });
            ws.addEventListener('message', () => { m.wsFirst ??= performance.now(); });
            return ws;
          };
          Wrapped.prototype = Ws.prototype;
          for (const k of ['CONNECTING', 'OPEN', 'CLOSING', 'CLOSED']) Wrapped[k] = Ws[k];
          window.WebSocket = Wrapped;
          const pageSelectors = ["form[aria-label='Search orders'] button[type=submit]", '[data-testid=order-results] tbody tr',
            '[data-testid=customer]', "[data-testid=queues-updated]", "[data-testid=store-updated]", '[data-testid=kpi-orders]'];
          new MutationObserver(() => {
            const t = performance.now();
            if (m.layout === undefined && document.querySelector('.mud-layout')) m.layout = t;
            if (m.me === undefined && document.querySelector('[data-testid=signed-in-as]')) m.me = t;
            const starting = document.querySelector('[data-testid=console-starting]');
            if (starting) m.starting = true;
            else if (m.interactive === undefined && m.starting) m.interactive = t;
            if (m.page === undefined) {
              for (const s of pageSelectors) {
                const e = document.querySelector(s);
                if (e && (!s.includes('updated') || e.textContent.includes('updated'))) { m.page = t; break; }
              }
            }
          }).observe(document, { subtree: true, childList: true, characterData: true });
        })();
        """;

    private static readonly Dictionary<(string Page, string What, string Phase), List<double>> PhaseTimes = [];
    private static (string Page, string What)? Current;

    private static async Task RecordPhasesAsync(IPage page, string url)
    {
        if (Current is not { } at) return;
        foreach (var (name, script) in Phases)
        {
            var value = await page.EvaluateAsync<double>($"() => {script}");
            if (value <= 0) continue;
            if (!PhaseTimes.TryGetValue((at.Page, at.What, name), out var list)) PhaseTimes[(at.Page, at.What, name)] = list = [];
            list.Add(value);
        }
    }

    /// <summary>
    /// A page reached inside the running console (a menu link, a link on another page): the Blazor circuit is up, so only
    /// the page's own API calls and rendering count. From <c>Blazor.navigateTo</c> until <paramref name="selector"/> shows.
    /// </summary>
    private static async Task<TimeSpan> InAppAsync(IPage page, string neutral, string neutralSelector, string url, string selector)
    {
        await page.GotoAsync(neutral);
        await page.Locator(neutralSelector).First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        await InteractiveAsync(page);
        var clock = Stopwatch.StartNew();
        await page.EvaluateAsync("u => Blazor.navigateTo(u)", url);
        await page.Locator(selector).First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        return clock.Elapsed;
    }

    /// <summary>
    /// The dashboard loaded (untimed, from the server's snapshot), then from the click on Refresh (<c>Cache-Control: no-cache</c>:
    /// the figures computed now) until the page shows figures of a later as-of time.
    /// </summary>
    private static async Task<TimeSpan> RefreshAsync(IPage page)
    {
        await page.GotoAsync("/console/dashboard");
        var board = page.GetByTestId("dashboard");
        await board.WaitForAsync();
        var asOf = await board.GetAttributeAsync("data-as-of");
        await InteractiveAsync(page);
        var clock = Stopwatch.StartNew();
        await page.GetByTestId("kpi-refresh").ClickAsync();
        await page.WaitForFunctionAsync("a => document.querySelector('[data-testid=dashboard]')?.getAttribute('data-as-of') !== a", asOf);
        return clock.Elapsed;
    }

    /// <summary>The orders page loaded (untimed), the form filled (untimed), then from the click on Search until a result row shows.</summary>
    private static async Task<TimeSpan> SearchAsync(IPage page, Func<Task>? fill)
    {
        await page.GotoAsync("/console/orders");
        var search = page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true });
        await search.WaitForAsync();
        await InteractiveAsync(page);
        if (fill is not null) await fill();
        var clock = Stopwatch.StartNew();
        await search.ClickAsync();
        await page.Locator(Rows).First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        return clock.Elapsed;
    }

    /// <summary>The customer's page: loaded and filled untimed, then from the click until the order's status shows.</summary>
    private static async Task<TimeSpan> TrackAsync(IPage page, string number, string email)
    {
        await page.GotoAsync("/track");
        await InteractiveAsync(page);
        await page.GetByLabel("Order number", new() { Exact = true }).FillAsync(number);
        await page.GetByLabel("E-mail address", new() { Exact = true }).FillAsync(email);
        var clock = Stopwatch.StartNew();
        await page.GetByRole(AriaRole.Button, new() { Name = "Show my order" }).ClickAsync();
        await page.GetByTestId("status-text").WaitForAsync();
        return clock.Elapsed;
    }

    private static string Row(string db, string page, string what, List<double> ms)
    {
        if (ms.Count == 0) return $"| {db} | {page} | {what} | 0 | – | – | – |";
        ms.Sort();
        double At(double q) => ms[Math.Clamp((int)Math.Ceiling(q * ms.Count) - 1, 0, ms.Count - 1)];
        return string.Create(CultureInfo.InvariantCulture, $"| {db} | {page} | {what} | {ms.Count} | {At(0.5):0} | {At(0.95):0} | {ms[^1]:0} |");
    }
}
