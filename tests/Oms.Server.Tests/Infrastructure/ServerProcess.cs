using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Oms.Server.Tests.Infrastructure;

/// <summary>
/// A real OMS server process (the built Oms.Server.dll) on a free loopback port, for tests that need
/// several nodes on one database. Its output is kept for the failure message.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(180);
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServerProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }
    public string Output { get { lock (_output) return _output.ToString(); } }

    public static async Task<ServerProcess> StartAsync(string provider, string connectionString, bool demoData = true)
    {
        // The port is free when probed, but the server binds it only after migrating and seeding (a minute on a loaded
        // machine), by which time another process may have taken it: the server then says so and exits, and it is
        // started again on another port.
        for (var attempt = 1; ; attempt++)
        {
            var server = Start(provider, connectionString, FreePort(), demoData);
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

    private static ServerProcess Start(string provider, string connectionString, int port, bool demoData)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Oms.Server.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(dll);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add($"http://127.0.0.1:{port}");
        info.Environment["ConnectionStrings__Oms"] = connectionString;
        info.Environment["Database__Provider"] = provider;
        info.Environment["Oms__SeedDemoData"] = demoData ? "true" : "false";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var server = new ServerProcess(Process.Start(info)!, new Uri($"http://127.0.0.1:{port}"));
        server._process.OutputDataReceived += (_, e) => server.Append(e.Data);
        server._process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        return server;
    }

    /// <summary>A client acting as the demo administrator (the servers seed the demo data and its sign-ins).</summary>
    public HttpClient CreateClient() => new(new DefaultCredential { InnerHandler = new SocketsHttpHandler() }) { BaseAddress = BaseAddress };

    private async Task WaitHealthyAsync()
    {
        using var http = CreateClient();
        // Migrating and seeding a fresh database takes seconds, but minutes on a machine loaded by other builds.
        var deadline = DateTime.UtcNow.Add(StartTimeout);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                await _process.WaitForExitAsync(); // its last lines are read
                throw new InvalidOperationException($"The server exited with {_process.ExitCode}:\n{Output}");
            }
            try
            {
                if ((await http.GetAsync("/health")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(200);
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
    }
}
