using System.Diagnostics;
using Oms.Server.Tests.Infrastructure;

namespace Oms.Server.Tests;

/// <summary>The real server process: what a start says, and a busy port refused with one line instead of a stack trace.</summary>
public sealed class StartupTests : IAsyncLifetime
{
    private readonly string database = Path.Combine(Path.GetTempPath(), $"oms-startup-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task A_start_says_where_the_database_is_and_where_the_API_is()
    {
        await using var server = await ServerProcess.StartAsync("Sqlite", $"Data Source={database}");
        var output = await WaitForAsync(server, "API reference at");

        Assert.Contains($"Database: SQLite file {database}", output, StringComparison.Ordinal);
        Assert.Contains("migrations…", output, StringComparison.Ordinal);
        Assert.Contains("Seeding demo data…", output, StringComparison.Ordinal);
        Assert.Contains($"Listening on {server.BaseAddress.ToString().TrimEnd('/')}", output, StringComparison.Ordinal);
        Assert.Contains($"API reference at {server.BaseAddress.ToString().TrimEnd('/')}/api-docs", output, StringComparison.Ordinal);
        // The demo sign-ins, printed once at the first start, as the README lists them.
        Assert.Contains("Demo sign-in created", output, StringComparison.Ordinal);
        Assert.Contains("oms_demoadmin_admin-demo-key", output, StringComparison.Ordinal);
        Assert.Contains("user anna   password anna-demo-pass", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_demo_data_the_first_administrator_is_created_by_the_documented_command_and_nobody_else_can_sign_in()
    {
        var (refused, _, tooShort) = await RunToExitAsync(null, $"Data Source={database}", ["create-admin", "--user", "boss"],
            new() { ["OMS_ADMIN_PASSWORD"] = "short", ["Oms__SeedDemoData"] = "false" });
        Assert.Equal((2, true), (refused, tooShort.Contains("at least 10 characters", StringComparison.Ordinal)));

        var (created, said, _) = await RunToExitAsync(null, $"Data Source={database}", ["create-admin", "--user", "boss"],
            new() { ["OMS_ADMIN_PASSWORD"] = "a long pass phrase", ["Oms__SeedDemoData"] = "false" });
        Assert.Equal(0, created);
        Assert.Contains("Administrator boss created", said, StringComparison.Ordinal);
        var (again, _, exists) = await RunToExitAsync(null, $"Data Source={database}", ["create-admin", "--user", "boss"],
            new() { ["OMS_ADMIN_PASSWORD"] = "a long pass phrase", ["Oms__SeedDemoData"] = "false" });
        Assert.Equal((2, true), (again, exists.Contains("boss", StringComparison.Ordinal)));

        await using var server = await ServerProcess.StartAsync("Sqlite", $"Data Source={database}", demoData: false);
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        var demo = await http.PostAsync("/api/auth/sign-in", JsonBody("""{"userName":"admin","password":"admin-demo-pass"}"""));
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, demo.StatusCode);
        var boss = await http.PostAsync("/api/auth/sign-in", JsonBody("""{"userName":"boss","password":"a long pass phrase"}"""));
        Assert.Equal(System.Net.HttpStatusCode.OK, boss.StatusCode);
    }

    private static StringContent JsonBody(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    [Fact]
    public async Task A_second_server_on_a_busy_port_exits_with_one_line_saying_what_to_do()
    {
        await using var first = await ServerProcess.StartAsync("Sqlite", $"Data Source={database}");
        var port = first.BaseAddress.Port;

        var (exitCode, stdout, stderr) = await RunToExitAsync($"http://127.0.0.1:{port}", $"Data Source={database}", [], []);

        Assert.NotEqual(0, exitCode);
        Assert.Equal($"Port {port} is already in use: stop the other process or pass --urls http://127.0.0.1:{port + 1}", stderr.Trim());
        Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", stdout + stderr, StringComparison.Ordinal);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { database, database + "-wal", database + "-shm" })
            if (File.Exists(f)) File.Delete(f);
        return Task.CompletedTask;
    }

    /// <summary>The log lines come a moment after /health answers; waits for <paramref name="text"/> a little.</summary>
    private static async Task<string> WaitForAsync(ServerProcess server, string text)
    {
        for (var i = 0; i < 50 && !server.Output.Contains(text, StringComparison.Ordinal); i++) await Task.Delay(100);
        return server.Output;
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunToExitAsync(string? url, string connectionString,
        string[] arguments, Dictionary<string, string> environment)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Oms.Server.dll"));
        foreach (var a in arguments) info.ArgumentList.Add(a);
        if (url is not null)
        {
            info.ArgumentList.Add("--urls");
            info.ArgumentList.Add(url);
        }
        foreach (var (k, v) in environment) info.Environment[k] = v;
        info.Environment["ConnectionStrings__Oms"] = connectionString;
        info.Environment["Database__Provider"] = "Sqlite";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The second server did not exit within 90 s:\n{await stdout}\n{await stderr}");
        }
        return (process.ExitCode, await stdout, await stderr);
    }
}
