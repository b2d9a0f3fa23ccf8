using Microsoft.EntityFrameworkCore;
using Oms.Persistence;
using Oms.TestSupport;

namespace Oms.Server.Tests.Infrastructure;

/// <summary>
/// Two real OMS server processes on one fresh PostgreSQL database, shared by the tests of a class. A test runs its body
/// through <see cref="DiagnoseAsync"/>: when it fails, the failure carries what both servers wrote (their warnings and
/// errors, with the exception behind any 500, and their last lines).
/// </summary>
public sealed class TwoNodes : IAsyncLifetime
{
    private ServerProcess? _a;
    private ServerProcess? _b;

    public string ConnectionString { get; private set; } = "";
    public OmsClient A { get; private set; } = null!;
    public OmsClient B { get; private set; } = null!;

    /// <summary>Node A for even <paramref name="i"/>, node B for odd: work spread over both.</summary>
    public OmsClient Either(int i) => i % 2 == 0 ? A : B;

    public async Task InitializeAsync()
    {
        ConnectionString = await (await PostgresCluster.GetSharedAsync()).CreateDatabaseAsync("oms_nodes");
        // One after the other: the first migrates and seeds, the second finds the database ready.
        _a = await ServerProcess.StartAsync("Postgres", ConnectionString);
        _b = await ServerProcess.StartAsync("Postgres", ConnectionString);
        // Users and keys live in the shared database (and the token keys too): made through A, they work on both nodes.
        Credentials = new TestCredentials(() => Patient(_a.CreateClient()));
        A = new OmsClient(Patient(_a.CreateClient()), Credentials);
        B = new OmsClient(Patient(_b.CreateClient()), Credentials);
    }

    public TestCredentials Credentials { get; private set; } = null!;

    /// <summary>A client of node B with no credential of its own.</summary>
    public HttpClient AnonymousB() => new() { BaseAddress = _b!.BaseAddress, Timeout = PatientClients.Patience };

    private static HttpClient Patient(HttpClient http)
    {
        http.Timeout = PatientClients.Patience;
        return http;
    }

    /// <summary>A context of its own on the nodes' database, for checks that read it directly.</summary>
    public PostgresOmsDbContext Db()
    {
        var options = new DbContextOptionsBuilder<PostgresOmsDbContext>();
        PersistenceSetup.ConfigurePostgres(options, ConnectionString);
        return new PostgresOmsDbContext(options.Options);
    }

    /// <summary>Both servers' warnings, errors and last lines.</summary>
    public string ServerLog() => $"=== node A ({_a?.BaseAddress}) ===\n{RaceAssert.Problems(_a?.Output ?? "")}\n"
        + $"=== node B ({_b?.BaseAddress}) ===\n{RaceAssert.Problems(_b?.Output ?? "")}";

    /// <summary>Runs a test body; a failure is rethrown with what the servers wrote.</summary>
    public async Task DiagnoseAsync(Func<Task> body)
    {
        try
        {
            await body();
        }
        catch (Exception ex) when (ex is not Xunit.Sdk.XunitException || !ex.Message.Contains("=== node A", StringComparison.Ordinal))
        {
            throw new Xunit.Sdk.XunitException($"{ex.Message}\n\n{ServerLog()}", ex);
        }
    }

    public async Task DisposeAsync()
    {
        if (_b is not null) await _b.DisposeAsync();
        if (_a is not null) await _a.DisposeAsync();
        if (ConnectionString.Length > 0) await (await PostgresCluster.GetSharedAsync()).DisconnectAsync(ConnectionString);
    }
}
