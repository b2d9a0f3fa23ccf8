using System.Globalization;
using Xunit.Abstractions;

namespace Oms.Server.Tests.Fuzz;

/// <summary>
/// Thousands of seeded bad requests across every write operation of the API: none answers 500, every refusal is
/// problem+json with a detail and changes nothing, and everything stored stays readable. The seed is in the failure
/// message; <c>OMS_FUZZ_SEED</c> replays it, <c>OMS_FUZZ_REQUESTS</c> changes the count and <c>OMS_FUZZ_SECONDS</c> the time
/// the sweep may take (it stops there on a loaded machine, so that the suite stays quick).
/// </summary>
public abstract class FuzzSweepTests(KestrelFixture fx, ITestOutputHelper output)
{
    public const int DefaultSeed = 20261201;
    public const int DefaultRequests = 2500;
    /// <summary>On a loaded machine the sweep stops here rather than run for minutes; the count sent is in the output.</summary>
    public const int DefaultSeconds = 45;

    [Fact]
    public async Task Thousands_of_bad_requests_get_no_500_and_every_refusal_changes_nothing()
    {
        var seed = Setting("OMS_FUZZ_SEED", DefaultSeed);
        var sweep = new FuzzSweep(fx, output);

        await sweep.RunAsync(seed, Setting("OMS_FUZZ_REQUESTS", DefaultRequests),
            TimeSpan.FromSeconds(Setting("OMS_FUZZ_SECONDS", DefaultSeconds)));

        var summary = string.Join("\n", sweep.Failures.GroupBy(f => (f.Kind, f.Request.Operation, f.Request.Class))
            .Select(g => $"  {g.Count()}× [{g.Key.Kind}] {g.Key.Operation} {g.Key.Class}"));
        Assert.True(sweep.Failures.Count == 0,
            $"Seed {seed} ({fx.Provider}): {sweep.Failures.Count} of {sweep.Sent} requests failed.\n{summary}\n\n"
            + string.Join("\n\n", sweep.Failures.DistinctBy(f => (f.Kind, f.Request.Operation, f.Request.Class)).Take(25)));
    }

    private static int Setting(string name, int fallback)
        => int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : fallback;
}

public sealed class FuzzSweepTests_Sqlite(KestrelSqliteFixture fx, ITestOutputHelper output)
    : FuzzSweepTests(fx, output), IClassFixture<KestrelSqliteFixture>;

public sealed class FuzzSweepTests_Postgres(KestrelPostgresFixture fx, ITestOutputHelper output)
    : FuzzSweepTests(fx, output), IClassFixture<KestrelPostgresFixture>;
