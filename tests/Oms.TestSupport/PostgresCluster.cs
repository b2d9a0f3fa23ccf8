using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Npgsql;

namespace Oms.TestSupport;

/// <summary>
/// A PostgreSQL server for integration tests.
/// <para>
/// If the environment variable <c>OMS_TEST_POSTGRES</c> holds a connection string, that server is used as-is:
/// it is never started or stopped here. Otherwise a throwaway cluster is created with <c>initdb</c> in a fresh
/// temp directory and started with <c>pg_ctl</c>, listening only on 127.0.0.1 on a free port. The cluster's data
/// is disposable, so it runs without fsync and with 300 connections for concurrency tests; a benchmark asks for a
/// durable one (fsync and synchronous commit on, as in production).
/// </para>
/// <para>
/// Tests normally call <see cref="GetSharedAsync"/> (one cluster per test process, stopped at process exit) and
/// then <see cref="CreateDatabaseAsync"/> (a fresh empty database each), which keeps them isolated from each other.
/// </para>
/// </summary>
public sealed class PostgresCluster : IAsyncDisposable
{
    /// <summary>Environment variable naming an existing server to use instead of starting one.</summary>
    public const string ConnectionStringVariable = "OMS_TEST_POSTGRES";

    // PostgreSQL refuses to run as root, so as root every server tool runs as this OS user.
    private const string PostgresUser = "postgres";

    // Each cluster lives in <temp>/oms-pg-<random>/, whose owner.pid names the process that started it.
    private const string DirectoryPrefix = "oms-pg-";
    private const string OwnerFile = "owner.pid";

    // Lazy<Task>: the first caller starts the cluster, every later caller awaits the same start.
    private static readonly Lazy<Task<PostgresCluster>> SharedCluster = new(StartSharedAsync);

    private readonly string? _binDir;   // null when the server is external
    private readonly string? _rootDir;  // temp dir holding data/, sock/ and server.log; null when external
    private readonly bool _isShared;
    private bool _durable;
    private int _stopped;

    private PostgresCluster(string? binDir, string? rootDir, bool isShared)
    {
        _binDir = binDir;
        _rootDir = rootDir;
        _isShared = isShared;
    }

    /// <summary>Superuser connection to the <c>postgres</c> database (for an external server: its string as given).</summary>
    public string AdminConnectionString { get; private set; } = "";

    private string DataDir => Path.Combine(_rootDir!, "data");

    /// <summary>
    /// The cluster shared by the whole test process: started on first use, stopped (immediate mode) and its
    /// directory deleted when the process exits. Disposing it does nothing, since other test classes use it too.
    /// </summary>
    public static Task<PostgresCluster> GetSharedAsync() => SharedCluster.Value;

    /// <summary>
    /// Starts a cluster owned by the caller, who disposes it to stop it and delete its files
    /// (or wraps the server named by <c>OMS_TEST_POSTGRES</c>, in which case disposing does nothing).
    /// </summary>
    public static Task<PostgresCluster> StartAsync(CancellationToken ct = default) => StartAsync(isShared: false, ct);

    /// <summary>
    /// As <see cref="StartAsync(CancellationToken)"/>; <paramref name="durable"/> keeps PostgreSQL's production settings
    /// (fsync, synchronous commit, full page writes), so that a benchmark pays for durable commits as production does.
    /// </summary>
    public static Task<PostgresCluster> StartAsync(bool durable, CancellationToken ct = default) => StartAsync(isShared: false, ct, durable);

    /// <summary>
    /// Creates an empty database with a unique name starting with <paramref name="prefix"/> and returns a
    /// connection string to it. The database is left in place: it dies with the throwaway cluster.
    /// </summary>
    public async Task<string> CreateDatabaseAsync(string prefix, CancellationToken ct = default)
    {
        var name = UniqueDatabaseName(prefix);
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            // Safe to splice: UniqueDatabaseName yields only [a-z0-9_].
            command.CommandText = $"CREATE DATABASE \"{name}\"";
            await command.ExecuteNonQueryAsync(ct);
        }

        var builder = new NpgsqlConnectionStringBuilder(AdminConnectionString)
        {
            Database = name,
            IncludeErrorDetail = true,
            // The cluster takes 300 connections: up to four test classes at once (in parallel collections) and the two
            // server processes of the multi-node test stay well inside that at 40 each. A command waits for a free
            // connection rather than being refused by the server with "too many clients"; on a loaded machine it may
            // wait a while (Timeout, seconds).
            MaxPoolSize = 40,
            Timeout = 60,
        };
        return builder.ConnectionString;
    }

    /// <summary>
    /// Ends every connection to the database of <paramref name="connectionString"/>, pooled idle ones included, so that
    /// a finished test class's pool stops counting against the cluster's connection limit. The database stays.
    /// </summary>
    public async Task DisconnectAsync(string connectionString, CancellationToken ct = default)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()";
        command.Parameters.AddWithValue(database ?? "");
        await command.ExecuteScalarAsync(ct);
    }

    /// <summary>Stops a cluster this instance started (fast mode) and deletes its directory.</summary>
    public async ValueTask DisposeAsync()
    {
        // The shared cluster belongs to the process (stopped at exit); an external server to whoever runs it.
        if (_isShared)
            return;
        await StopAsync("fast", wait: true, CancellationToken.None);
    }

    private static async Task<PostgresCluster> StartSharedAsync()
    {
        var cluster = await StartAsync(isShared: true, CancellationToken.None);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.StopAtProcessExit();
        return cluster;
    }

    private static async Task<PostgresCluster> StartAsync(bool isShared, CancellationToken ct, bool durable = false)
    {
        var external = Environment.GetEnvironmentVariable(ConnectionStringVariable);
        if (!string.IsNullOrWhiteSpace(external))
            return new PostgresCluster(binDir: null, rootDir: null, isShared) { AdminConnectionString = external };

        var binDir = await FindBinDirAsync(ct);
        // As root, /tmp rather than $TMPDIR: the postgres user must be able to reach the directory.
        var tempRoot = Environment.IsPrivilegedProcess ? "/tmp" : Path.GetTempPath();
        await StopOrphansAsync(tempRoot, binDir);
        var rootDir = Path.Combine(tempRoot, DirectoryPrefix + Guid.NewGuid().ToString("N")[..12]);
        var cluster = new PostgresCluster(binDir, rootDir, isShared) { _durable = durable };
        try
        {
            var port = await cluster.InitAndStartAsync(ct);
            cluster.AdminConnectionString = AdminConnectionStringFor(port);
            await cluster.WaitUntilAcceptingConnectionsAsync(ct);
            return cluster;
        }
        catch
        {
            await cluster.StopAsync("immediate", wait: true, CancellationToken.None, throwOnFailure: false);
            throw;
        }
    }

    private static string AdminConnectionStringFor(int port) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = port,
        Username = PostgresUser,
        Database = "postgres",
        IncludeErrorDetail = true,
    }.ConnectionString;

    /// <summary>Runs initdb and starts the server; returns the port it listens on.</summary>
    private async Task<int> InitAndStartAsync(CancellationToken ct)
    {
        var socketDir = Path.Combine(_rootDir!, "sock");
        var logFile = Path.Combine(_rootDir!, "server.log");
        Directory.CreateDirectory(socketDir);
        await File.WriteAllTextAsync(Path.Combine(_rootDir!, OwnerFile), Environment.ProcessId.ToString(CultureInfo.InvariantCulture), ct);
        if (Environment.IsPrivilegedProcess)
            await RunAsync("chown", ["-R", PostgresUser + ":", _rootDir!], ct);

        // --locale=C: needs no generated locales on a fresh machine and sorts the same everywhere.
        await RunServerToolAsync("initdb",
            ["--pgdata", DataDir, "--username", PostgresUser, "--auth", "trust", "--encoding", "UTF8", "--locale", "C", "--no-sync"],
            ct);

        // Appending keeps the file's owner; later settings override initdb's defaults.
        var durability = _durable
            ? "fsync = on\nsynchronous_commit = on\nfull_page_writes = on"
            : "fsync = off\nsynchronous_commit = off\nfull_page_writes = off";
        await File.AppendAllTextAsync(Path.Combine(DataDir, "postgresql.conf"), $"""

            # Added by Oms.TestSupport.PostgresCluster: a throwaway cluster ({(_durable ? "durable, as in production" : "speed over durability")}).
            listen_addresses = '127.0.0.1'
            unix_socket_directories = '{socketDir}'
            max_connections = 300
            {durability}
            timezone = 'UTC'

            """, ct);

        // The port is free when probed but may be taken before postgres binds it (other test processes start
        // clusters too), so a start that fails on "already in use" is retried on another port.
        for (var attempt = 1; ; attempt++)
        {
            var port = FindFreePort();
            try
            {
                await RunServerToolAsync("pg_ctl",
                    ["-D", DataDir, "-l", logFile, "-w", "-t", "60", "-o", $"-p {port}", "start"], ct);
                return port;
            }
            catch (InvalidOperationException e)
            {
                var log = ReadLogTail(logFile);
                if (attempt < 3 && log.Contains("already in use", StringComparison.Ordinal))
                    continue;
                throw new InvalidOperationException($"{e.Message}\n--- tail of {logFile} ---\n{log}", e);
            }
        }
    }

    private async Task WaitUntilAcceptingConnectionsAsync(CancellationToken ct)
    {
        // pg_ctl -w already waited for "ready"; this confirms TCP connections work, allowing a short grace period.
        var connectionString = new NpgsqlConnectionStringBuilder(AdminConnectionString) { Pooling = false, Timeout = 5 }.ConnectionString;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(ct);
                return;
            }
            catch (NpgsqlException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100, ct);
            }
        }
    }

    /// <summary>Stops the server (if running) with pg_ctl in the given shutdown mode, then deletes the directory.</summary>
    private async Task StopAsync(string mode, bool wait, CancellationToken ct, bool throwOnFailure = true)
    {
        if (_rootDir is null || Interlocked.Exchange(ref _stopped, 1) != 0)
            return;
        try
        {
            if (File.Exists(Path.Combine(DataDir, "postmaster.pid")))
                await RunServerToolAsync("pg_ctl", ["-D", DataDir, "-m", mode, wait ? "-w" : "-W", "stop"], ct);
        }
        catch (Exception) when (!throwOnFailure)
        {
        }
        finally
        {
            // Even if the stop failed: a postmaster whose postmaster.pid disappears shuts itself down within a minute.
            try
            {
                Directory.Delete(_rootDir, recursive: true);
            }
            catch (Exception e) when (!throwOnFailure || e is DirectoryNotFoundException)
            {
            }
        }
    }

    private void StopAtProcessExit()
    {
        // VSTest kills the test host about 100 ms after the run (VSTEST_TESTHOST_SHUTDOWN_TIMEOUT, which
        // scripts/test.sh raises), so the shutdown signal goes first and is not waited for; if the kill still
        // comes before the directory is gone, the next start cleans up (StopOrphansAsync).
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        StopAsync("immediate", wait: false, timeout.Token, throwOnFailure: false).GetAwaiter().GetResult();
    }

    /// <summary>
    /// Stops and deletes clusters whose starting process is gone without having stopped them (killed by the test
    /// platform, a debugger or a crash), so that leaked servers and directories do not pile up.
    /// </summary>
    private static async Task StopOrphansAsync(string tempRoot, string binDir)
    {
        foreach (var dir in Directory.EnumerateDirectories(tempRoot, DirectoryPrefix + "*"))
        {
            try
            {
                var owner = File.ReadAllText(Path.Combine(dir, OwnerFile)).Trim();
                if (Directory.Exists("/proc/" + owner))
                    continue;
                var orphan = new PostgresCluster(binDir, dir, isShared: false);
                await orphan.StopAsync("immediate", wait: true, CancellationToken.None, throwOnFailure: false);
            }
            catch (IOException)
            {
                // No owner file (a start in progress, or another user's): not ours to judge.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    private static async Task<string> FindBinDirAsync(CancellationToken ct)
    {
        static bool HasServerTools(string dir) =>
            File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl"));

        try
        {
            // On Debian pg_config may come from libpq-dev alone, so its bindir is only used if it holds the tools.
            var bindir = (await RunAsync("pg_config", ["--bindir"], ct)).Trim();
            if (HasServerTools(bindir))
                return bindir;
        }
        catch (Exception e) when (e is Win32Exception or InvalidOperationException)
        {
            // No pg_config on PATH, or it failed: fall back to Debian's layout.
        }

        const string debianRoot = "/usr/lib/postgresql";
        var highest = Directory.Exists(debianRoot)
            ? Directory.GetDirectories(debianRoot)
                .Select(versionDir => (Version: ParseMajorVersion(Path.GetFileName(versionDir)), Bin: Path.Combine(versionDir, "bin")))
                .Where(candidate => HasServerTools(candidate.Bin))
                .OrderByDescending(candidate => candidate.Version)
                .Select(candidate => candidate.Bin)
                .FirstOrDefault()
            : null;
        return highest ?? throw new InvalidOperationException(
            "No PostgreSQL server binaries (initdb, pg_ctl) found via `pg_config --bindir` or in /usr/lib/postgresql/*/bin. " +
            "Install them with `apt-get install postgresql` (scripts/test.sh does this), " +
            $"or set {ConnectionStringVariable} to the connection string of a server to use instead.");
    }

    private static double ParseMajorVersion(string name) =>
        double.TryParse(name, NumberStyles.Float, CultureInfo.InvariantCulture, out var version) ? version : -1;

    private static int FindFreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string UniqueDatabaseName(string prefix)
    {
        // Identifiers are at most 63 bytes; keep [a-z0-9_] so the name never needs escaping.
        var safe = new StringBuilder();
        foreach (var c in prefix)
            safe.Append(c is >= 'a' and <= 'z' or >= '0' and <= '9' ? c : c is >= 'A' and <= 'Z' ? (char)(c + 32) : '_');
        var head = safe.Length == 0 || char.IsAsciiDigit(safe[0]) ? "db_" + safe : safe.ToString();
        return $"{head[..Math.Min(head.Length, 40)]}_{Guid.NewGuid().ToString("N")[..16]}";
    }

    private static string ReadLogTail(string logFile)
    {
        try
        {
            return string.Join('\n', File.ReadLines(logFile).TakeLast(30));
        }
        catch (IOException)
        {
            return "(no server log)";
        }
    }

    /// <summary>Runs initdb or pg_ctl from the bin dir, as the postgres user when this process is root.</summary>
    private Task<string> RunServerToolAsync(string tool, IReadOnlyList<string> args, CancellationToken ct)
    {
        var path = Path.Combine(_binDir!, tool);
        if (!Environment.IsPrivilegedProcess)
            return RunAsync(path, args, ct, _rootDir);

        if (File.Exists("/usr/sbin/runuser") || File.Exists("/sbin/runuser"))
            return RunAsync("runuser", ["-u", PostgresUser, "--", path, .. args], ct, _rootDir);

        static string Quote(string arg) => "'" + arg.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
        var commandLine = string.Join(' ', new[] { path }.Concat(args).Select(Quote));
        return RunAsync("su", [PostgresUser, "-s", "/bin/sh", "-c", commandLine], ct, _rootDir);
    }

    /// <summary>Runs a program to completion and returns its stdout; a non-zero exit throws with its stderr.</summary>
    private static async Task<string> RunAsync(string fileName, IReadOnlyList<string> args, CancellationToken ct, string? workingDirectory = null)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // A directory the postgres user can enter; tools started as postgres complain about root's home.
            WorkingDirectory = workingDirectory ?? "",
        };
        foreach (var arg in args)
            startInfo.ArgumentList.Add(arg);

        using var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException($"Could not start {fileName}.");
        process.StandardInput.Close(); // nothing may wait for input: CI has no terminal
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        try
        {
            await process.WaitForExitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"`{fileName} {string.Join(' ', args)}` exited with code {process.ExitCode}.\n{await stderr}\n{await stdout}".TrimEnd());
        }
        return await stdout;
    }
}
