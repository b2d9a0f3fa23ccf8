using System.Globalization;

namespace Oms.Benchmarks.Capture;

internal enum BenchDb { Sqlite, Postgres }

/// <summary>How orders reach the database: the baseline first, so that every later row has its ratio.</summary>
internal enum BenchMode { RawSql, InProcess, Http }

/// <summary>
/// The <c>capture</c> command line (the other commands take the options they need). The defaults finish in a few minutes on two cores. The warm-up is generous
/// because tiered JIT needs a few hundred calls (and a quiet 100 ms) before hot methods run optimised.
/// </summary>
internal sealed record CaptureSettings(
    IReadOnlyList<int> Clients,
    int Orders,
    int Warmup,
    IReadOnlyList<BenchDb> Databases,
    IReadOnlyList<BenchMode> Modes,
    bool RandomLineOrder)
{
    public static readonly CaptureSettings Default = new(
        [1, 8, 32], 2000, 200, [BenchDb.Sqlite, BenchDb.Postgres], [BenchMode.RawSql, BenchMode.InProcess, BenchMode.Http], false);

    /// <summary>Lines per order (each a different SKU of the central DC's stock).</summary>
    public int Lines { get; init; } = 3;

    /// <summary>Orders carry a card payment (the sandbox provider's pm_card_visa), authorised before sourcing.</summary>
    public bool Paid { get; init; } = true;

    /// <summary>PostgreSQL with fsync and synchronous commit on, as in production (off: a throwaway test cluster's settings).</summary>
    public bool Durable { get; init; } = true;

    /// <summary>For <c>growth</c>: orders stored before the second measurement.</summary>
    public int Prefill { get; init; } = 100_000;

    /// <summary>For <c>console-pages</c>: timed loads of each page (after the warm-up).</summary>
    public int Runs { get; init; } = 20;

    public static CaptureSettings Parse(IReadOnlyList<string> args)
    {
        var s = Default;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name is "--random-line-order" or "--unpaid" or "--no-fsync")
            {
                s = name switch
                {
                    "--random-line-order" => s with { RandomLineOrder = true },
                    "--unpaid" => s with { Paid = false },
                    _ => s with { Durable = false },
                };
                continue;
            }
            var value = i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            s = name switch
            {
                "--clients" => s with { Clients = List(value, v => Positive(name, v)) },
                "--orders" => s with { Orders = Positive(name, value) },
                "--prefill" => s with { Prefill = Positive(name, value) },
                "--runs" => s with { Runs = Positive(name, value) },
                "--lines" => s with { Lines = Math.Min(Positive(name, value), OrderBatch.StockedSkus) },
                "--warmup" => s with { Warmup = NotNegative(name, value) },
                "--db" => s with { Databases = List(value, v => Enum<BenchDb>(name, v)) },
                // Modes run in enum order whatever the command line says: the baseline must come first.
                "--mode" => s with { Modes = [.. List(value, v => Enum<BenchMode>(name, v)).Order()] },
                _ => throw new ArgumentException($"Unknown option {name}."),
            };
        }
        return s;
    }

    private static List<T> List<T>(string value, Func<string, T> parse)
        => [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(parse).Distinct()];

    private static int Positive(string name, string value)
        => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n : throw new ArgumentException($"{name} takes positive whole numbers, not '{value}'.");

    private static int NotNegative(string name, string value)
        => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n : throw new ArgumentException($"{name} takes a whole number, not '{value}'.");

    private static T Enum<T>(string name, string value) where T : struct, Enum
        => System.Enum.TryParse<T>(value, ignoreCase: true, out var e) && !int.TryParse(value, out _)
            ? e : throw new ArgumentException($"{name} takes {string.Join(", ", System.Enum.GetNames<T>()).ToLowerInvariant()}, not '{value}'.");
}
