using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Oms.Console.Tests.Infrastructure;

/// <summary>
/// The built server (Oms.Server.dll, copied next to the tests) as its own process on a free loopback port, on a fresh SQLite
/// file with the demo data and sign-ins: the console is served by this same binary. Its output is kept for failure messages
/// and written to artifacts/console-server.log when the journeys end.
/// </summary>
public sealed class ConsoleServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(240);
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ConsoleServer(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }
    public string Output { get { lock (_output) return _output.ToString(); } }

    public static async Task<ConsoleServer> StartAsync(string databaseFile)
    {
        // The port is free when probed but bound only after migrating and seeding; if another process took it meanwhile, the
        // server says so and exits, and it is started again on another port.
        for (var attempt = 1; ; attempt++)
        {
            var server = Start(databaseFile, FreePort());
            try
            {
                await server.WaitHealthyAsync();
                return server;
            }
            catch (InvalidOperationException) when (attempt < 3 && server.Output.Contains(" is already in use", StringComparison.Ordinal))
            {
                await server.DisposeAsync();
            }
            catch
            {
                await server.DisposeAsync();
                throw;
            }
        }
    }

    /// <summary>A client with the demo administrator's key, for arranging data through the API.</summary>
    public HttpClient AdminClient()
    {
        var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        http.DefaultRequestHeaders.Add("X-Api-Key", Oms.Server.Demo.DemoAccess.Admin.Key);
        return http;
    }

    private static ConsoleServer Start(string databaseFile, int port)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Oms.Server.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(dll);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add($"http://127.0.0.1:{port}");
        // The content root is the test output directory, where the server's static web assets manifest was copied.
        info.WorkingDirectory = AppContext.BaseDirectory;
        info.Environment["ConnectionStrings__Oms"] = $"Data Source={databaseFile}";
        info.Environment["Database__Provider"] = "Sqlite";
        info.Environment["Oms__SeedDemoData"] = "true";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // Orders stay changeable while the journeys run: nothing is released to the locations during a test.
        info.Environment["Oms__Release__CancellationWindowMinutes"] = "600";
        var server = new ConsoleServer(Process.Start(info)!, new Uri($"http://127.0.0.1:{port}"));
        server._process.OutputDataReceived += (_, e) => server.Append(e.Data);
        server._process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        return server;
    }

    private async Task WaitHealthyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var deadline = DateTime.UtcNow.Add(StartTimeout);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                await _process.WaitForExitAsync();
                throw new InvalidOperationException($"The server exited with {_process.ExitCode}:\n{Output}");
            }
            try
            {
                if ((await http.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Busy migrating on a loaded machine.
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The server did not become healthy within {StartTimeout.TotalSeconds} s:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        // The server's log beside the screenshots, for a journey that failed on what the server did.
        await File.WriteAllTextAsync(PageChecks.ArtifactPath("console-server.log"), Output);
    }
}
