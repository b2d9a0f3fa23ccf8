using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Oms.TestSupport;

/// <summary>
/// One throwaway RabbitMQ node run from the installed server's own scripts (Debian: /usr/lib/rabbitmq/bin), in a
/// temp directory that holds everything it writes: Erlang cookie, configuration, data (mnesia, quorum logs), logs.
/// <para>
/// Debian's /usr/sbin/rabbitmq-server and rabbitmqctl are wrappers that switch to the <c>rabbitmq</c> user when run as
/// root, which then cannot read a cookie in this directory (and the node's own files would belong to another user).
/// The scripts behind them run as whoever starts them, so the node and the CLI run as the test process's user, root
/// in CI; HOME points at the directory so that both read the cookie written there.
/// </para>
/// </summary>
internal sealed partial class RabbitMqNode
{
    internal const string DirectoryPrefix = "oms-rmq-";
    private const string OwnerFile = "owner.pid";
    private const string ServerPidFile = "server.pid"; // the rabbitmq-server script (a shell that waits for the VM)
    private const string VmPidFile = "node.pid";       // the Erlang VM, written by the node as it boots
    private const string ConsoleFile = "server.out";
    private const string DiscardFile = "discard";        // tells the watchdog to delete the directory once the node is down
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(240);

    private readonly string _scriptsDir;
    private Process? _server;

    private RabbitMqNode(string scriptsDir, string rootDir, string nodeName)
    {
        _scriptsDir = scriptsDir;
        RootDir = rootDir;
        NodeName = nodeName;
    }

    public string RootDir { get; }

    public string NodeName { get; }

    public int AmqpPort { get; private set; }

    public int DistPort { get; private set; }

    public Uri AmqpUri => new($"amqp://guest:guest@127.0.0.1:{AmqpPort}/");

    public bool IsRunning => _server is { HasExited: false };

    /// <summary>Creates the node's directory (after removing earlier runs' orphans) and starts it on free ports.</summary>
    public static async Task<RabbitMqNode> CreateAndStartAsync(CancellationToken ct)
    {
        var scriptsDir = FindScriptsDir();
        var tempRoot = Path.GetTempPath();
        await SweepOrphansAsync(tempRoot);
        var id = Guid.NewGuid().ToString("N")[..12];
        var node = new RabbitMqNode(scriptsDir, Path.Combine(tempRoot, DirectoryPrefix + id), $"oms-{id}@localhost");
        try
        {
            node.WriteFiles();
            // Free ports can be taken by someone else before the node binds them: then it exits, and another pair is tried.
            for (var attempt = 1; ; attempt++)
            {
                node.AmqpPort = FindFreePort();
                do
                    node.DistPort = FindFreePort();
                while (node.DistPort == node.AmqpPort);
                try
                {
                    await node.StartAsync(ct);
                    return node;
                }
                catch (InvalidOperationException e) when (attempt < 3 && e.Message.Contains("eaddrinuse", StringComparison.Ordinal))
                {
                }
            }
        }
        catch
        {
            node.Destroy();
            throw;
        }
    }

    /// <summary>Starts the node (again, on the same ports and data) and waits until it accepts AMQP connections.</summary>
    public async Task StartAsync(CancellationToken ct)
    {
        if (IsRunning)
            throw new InvalidOperationException($"Node {NodeName} is already running.");
        File.Delete(Path.Combine(RootDir, VmPidFile));
        File.Delete(Path.Combine(RootDir, ServerPidFile));

        var startInfo = new ProcessStartInfo("/bin/sh") { UseShellExecute = false, WorkingDirectory = RootDir };
        foreach (var arg in new[] { "-c", Watchdog, "rabbitmq-watchdog", Environment.ProcessId.ToString(CultureInfo.InvariantCulture),
                     RootDir, Path.Combine(_scriptsDir, "rabbitmq-server") })
            startInfo.ArgumentList.Add(arg);
        foreach (var name in startInfo.Environment.Keys.Where(k => k.StartsWith("RABBITMQ_", StringComparison.Ordinal)).ToList())
            startInfo.Environment.Remove(name);
        foreach (var (name, value) in ServerEnvironment())
            startInfo.Environment[name] = value;

        _server = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start rabbitmq-server.");
        try
        {
            await WaitUntilAcceptingConnectionsAsync(ct);
        }
        catch
        {
            Kill();
            throw;
        }
    }

    /// <summary>
    /// Stops the node. Graceful: SIGTERM to the rabbitmq-server script, which turns it into an orderly broker shutdown
    /// (clients are told the connection is closing); otherwise SIGKILL, as a crash. Returns once the VM has exited.
    /// </summary>
    public async Task StopAsync(bool graceful, CancellationToken ct)
    {
        if (_server is null || _server.HasExited)
            return;
        if (graceful && ReadPid(Path.Combine(RootDir, ServerPidFile)) is { } script)
        {
            await ToolProcess.SignalAsync(script, "TERM");
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(30));
            try
            {
                await _server.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
            }
        }
        Kill();
        await _server.WaitForExitAsync(ct);
        var vmPid = ReadPid(Path.Combine(RootDir, VmPidFile));
        while (vmPid is { } pid && ToolProcess.IsAlive(pid))
            await Task.Delay(20, ct);
    }

    /// <summary>Runs rabbitmqctl against this node and returns its output.</summary>
    public Task<string> RunCtlAsync(IReadOnlyList<string> args, CancellationToken ct) =>
        ToolProcess.RunAsync(Path.Combine(_scriptsDir, "rabbitmqctl"), ["-n", NodeName, .. args], CliEnvironment(), ct, RootDir);

    /// <summary>
    /// Kills the node at once and deletes its directory; safe to call more than once and at process exit. The watchdog
    /// is spared: it sees the discard mark and deletes the directory itself should the test host be killed first.
    /// </summary>
    public void Destroy()
    {
        var killed = false;
        if (_server is { HasExited: false })
        {
            try
            {
                File.WriteAllText(Path.Combine(RootDir, DiscardFile), "");
            }
            catch (IOException)
            {
            }
            // The VM first: the script then reaps it and exits, and the watchdog reaps the script (where init reaps
            // nothing, as in a container, an orphan killed after its parent would linger as a zombie).
            foreach (var file in new[] { VmPidFile, ServerPidFile })
            {
                if (!killed && ReadPid(Path.Combine(RootDir, file)) is { } pid)
                    killed = KillProcess(pid);
            }
        }
        if (!killed)
            Kill();
        try
        {
            Directory.Delete(RootDir, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Being deleted by the watchdog, or gone; failing both, the next run's sweep finishes the job.
        }
    }

    private static bool KillProcess(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            process.Kill();
            return true;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false; // already gone
        }
    }

    private void Kill()
    {
        try
        {
            if (_server is { HasExited: false })
                _server.Kill(entireProcessTree: true); // the watchdog, the script, the Erlang VM and its port helpers
        }
        catch (InvalidOperationException)
        {
        }
    }

    private void WriteFiles()
    {
        Directory.CreateDirectory(RootDir);
        File.WriteAllText(Path.Combine(RootDir, OwnerFile), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        var cookie = Path.Combine(RootDir, ".erlang.cookie");
        File.WriteAllText(cookie, Guid.NewGuid().ToString("N").ToUpperInvariant());
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(cookie, UnixFileMode.UserRead); // Erlang refuses a cookie others can read
        File.WriteAllText(Path.Combine(RootDir, "rabbitmq-env.conf"), ""); // instead of /etc/rabbitmq/rabbitmq-env.conf
        File.WriteAllText(Path.Combine(RootDir, "enabled_plugins"), "[].\n"); // no management plugin: faster boot
        File.WriteAllText(Path.Combine(RootDir, "rabbitmq.conf"), """
            # Written by Oms.TestSupport: a throwaway test node.
            log.console = false
            log.file.level = info
            disk_free_limit.absolute = 10MB

            """);
    }

    private Dictionary<string, string> CliEnvironment() => new()
    {
        ["HOME"] = RootDir, // the CLI reads the cookie from $HOME/.erlang.cookie
        ["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(RootDir, "rabbitmq-env.conf"),
        ["ERL_EPMD_ADDRESS"] = "127.0.0.1",
    };

    private Dictionary<string, string> ServerEnvironment()
    {
        var environment = CliEnvironment();
        environment["RABBITMQ_NODENAME"] = NodeName;
        environment["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1";
        environment["RABBITMQ_NODE_PORT"] = AmqpPort.ToString(CultureInfo.InvariantCulture);
        environment["RABBITMQ_DIST_PORT"] = DistPort.ToString(CultureInfo.InvariantCulture);
        environment["RABBITMQ_MNESIA_BASE"] = Path.Combine(RootDir, "mnesia");
        environment["RABBITMQ_LOG_BASE"] = Path.Combine(RootDir, "log");
        environment["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(RootDir, "enabled_plugins");
        environment["RABBITMQ_PLUGINS_EXPAND_DIR"] = Path.Combine(RootDir, "plugins-expand");
        environment["RABBITMQ_CONFIG_FILE"] = Path.Combine(RootDir, "rabbitmq.conf");
        environment["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(RootDir, "advanced.config");
        environment["RABBITMQ_PID_FILE"] = Path.Combine(RootDir, VmPidFile);
        // Erlang distribution (how rabbitmqctl reaches the node) listens on loopback only, like AMQP.
        environment["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-kernel inet_dist_use_interface {127,0,0,1}";
        return environment;
    }

    private async Task WaitUntilAcceptingConnectionsAsync(CancellationToken ct)
    {
        var factory = new ConnectionFactory
        {
            Uri = AmqpUri,
            AutomaticRecoveryEnabled = false,
            RequestedConnectionTimeout = TimeSpan.FromSeconds(5),
        };
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (_server!.HasExited)
            {
                throw new InvalidOperationException(
                    $"rabbitmq-server exited with code {_server.ExitCode} while starting.\n{ReadLogTail()}");
            }
            if (deadline.Elapsed > StartTimeout)
                throw new TimeoutException($"Node {NodeName} did not accept AMQP connections within {StartTimeout}.\n{ReadLogTail()}");
            try
            {
                // The AMQP listener opens last in the boot sequence; a completed handshake means the node is usable.
                await using var connection = await factory.CreateConnectionAsync(ct);
                await connection.CloseAsync(ct);
                return;
            }
            catch (BrokerUnreachableException)
            {
                await Task.Delay(100, ct);
            }
        }
    }

    private string ReadLogTail()
    {
        static IEnumerable<string> Tail(string file) =>
            File.Exists(file) ? File.ReadLines(file).TakeLast(25) : [$"({Path.GetFileName(file)} missing)"];
        var log = Path.Combine(RootDir, "log", NodeName + ".log");
        return string.Join('\n', ["--- " + ConsoleFile + " ---", .. Tail(Path.Combine(RootDir, ConsoleFile)),
            "--- " + Path.GetFileName(log) + " ---", .. Tail(log)]);
    }

    private static string FindScriptsDir()
    {
        // Debian and Ubuntu: the scripts behind the /usr/sbin wrappers. Elsewhere (the generic-unix archive,
        // Homebrew) the scripts on PATH are the real ones; Debian's wrappers, which switch users, are passed over.
        const string debian = "/usr/lib/rabbitmq/bin";
        if (File.Exists(Path.Combine(debian, "rabbitmq-server")))
            return debian;
        static bool IsServerScripts(string dir)
        {
            var server = new FileInfo(Path.Combine(dir, "rabbitmq-server"));
            return server.Exists && File.Exists(Path.Combine(dir, "rabbitmqctl"))
                   && server.ResolveLinkTarget(returnFinalTarget: true)?.Name != "rabbitmq-script-wrapper";
        }
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(IsServerScripts);
        return onPath ?? throw new InvalidOperationException(
            "No RabbitMQ server found in /usr/lib/rabbitmq/bin or on PATH. Install it with `apt-get install rabbitmq-server` " +
            $"(scripts/test.sh does this), or set {RabbitMqBroker.UriVariable} to the AMQP URI of a broker to use instead.");
    }

    private static int FindFreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
