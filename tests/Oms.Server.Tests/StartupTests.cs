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
    }

    [Fact]
    public async Task A_second_server_on_a_busy_port_exits_with_one_line_saying_what_to_do()
    {
        await using var first = await ServerProcess.StartAsync("Sqlite", $"Data Source={database}");
        var port = first.BaseAddress.Port;

        var (exitCode, stdout, stderr) = await RunToExitAsync($"http://127.0.0.1:{port}", $"Data Source={database}");

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

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunToExitAsync(string url, string connectionString)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Oms.Server.dll"));
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(url);
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
