using Oms.Benchmarks.Capture;
using Oms.Benchmarks.Micro;

namespace Oms.Benchmarks;

/// <summary>
/// Entry point. Not top-level statements: those would declare a second global <c>Program</c> that hides
/// the server's, which <c>WebApplicationFactory&lt;Program&gt;</c> needs.
/// </summary>
internal static class BenchProgram
{
    private const string Usage = """
        Usage:
          dotnet run -c Release --project bench/Oms.Benchmarks -- capture [--clients 1,8,32] [--orders 2000] [--warmup 200]
                                                                          [--db sqlite,postgres] [--mode http,inprocess,rawsql]
                                                                          [--lines 3] [--unpaid] [--no-fsync] [--random-line-order]
          dotnet run -c Release --project bench/Oms.Benchmarks -- roundtrips [--orders 100] [--mode ...] [--db ...] [--lines 3] [--unpaid]
          dotnet run -c Release --project bench/Oms.Benchmarks -- growth [--prefill 100000] [--clients 8] [--orders 2000] [--db ...]
          dotnet run -c Release --project bench/Oms.Benchmarks -- availability [--clients 1,16,64] [--orders 4000] [--db ...]
          dotnet run -c Release --project bench/Oms.Benchmarks -- returns [--orders 200] [--warmup 30] [--clients 1] [--db ...] [--lines 3] [--unpaid]
          dotnet run -c Release --project bench/Oms.Benchmarks -- wms-stream [--orders 200] [--db sqlite,postgres]
          dotnet run -c Release --project bench/Oms.Benchmarks -- shopify-webhooks [--orders 500] [--clients 1,8] [--db sqlite,postgres]
          dotnet run -c Release --project bench/Oms.Benchmarks -- console-pages [--prefill 100000] [--runs 20] [--warmup 3] [--db postgres,sqlite]
          dotnet run -c Release --project bench/Oms.Benchmarks -- sourcing [--orders 200]
          dotnet run -c Release --project bench/Oms.Benchmarks -- sourcing-replay [--orders 10000] [--db sqlite,postgres]
          dotnet run -c Release --project bench/Oms.Benchmarks -- refunds [--calls 20000]
          dotnet run -c Release --project bench/Oms.Benchmarks -- micro [BenchmarkDotNet arguments, e.g. --filter *]
        """;

    public static async Task<int> Main(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "capture" or "roundtrips" or "growth" or "availability" or "returns" or "wms-stream" or "shopify-webhooks"
                or "sourcing-replay" or "console-pages":
                CaptureSettings settings;
                try
                {
                    settings = CaptureSettings.Parse(args[1..]);
                }
                catch (ArgumentException e)
                {
                    await Console.Error.WriteLineAsync(e.Message + Environment.NewLine + Usage);
                    return 2;
                }
                return args[0] switch
                {
                    "roundtrips" => await RoundTripsAsync(settings),
                    "growth" => await Growth.GrowthCommand.RunAsync(settings, CancellationToken.None),
                    "availability" => await Availability.AvailabilityCommand.RunAsync(settings, CancellationToken.None),
                    "returns" => await Returns.ReturnsCommand.RunAsync(settings, CancellationToken.None),
                    "wms-stream" => await Warehouse.WmsStreamCommand.RunAsync(settings, CancellationToken.None),
                    "shopify-webhooks" => await Connectors.ShopifyWebhooksCommand.RunAsync(settings, CancellationToken.None),
                    "sourcing-replay" => await Sourcing.ReplayCommand.RunAsync(settings, CancellationToken.None),
                    "console-pages" => await Pages.ConsolePagesCommand.RunAsync(settings, CancellationToken.None),
                    _ => await CaptureCommand.RunAsync(settings, CancellationToken.None),
                };
            case "sourcing":
                return Sourcing.SourcingCommand.Run(args.Length > 2 && args[1] == "--orders" ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 200);
            case "refunds":
                return Returns.RefundsCommand.Run(args.Length > 2 && args[1] == "--calls" ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20_000);
            case "micro":
                MicroCommand.Run(args[1..]);
                return 0;
            default:
                await Console.Error.WriteLineAsync(Usage);
                return 2;
        }
    }

    /// <summary>Round trips on PostgreSQL (on the wire), statements on SQLite (its trace hook).</summary>
    private static async Task<int> RoundTripsAsync(CaptureSettings settings)
    {
        var code = 0;
        if (settings.Databases.Contains(BenchDb.Postgres)) code |= await RoundTrips.RoundTripCommand.RunAsync(settings, CancellationToken.None);
        if (settings.Databases.Contains(BenchDb.Sqlite)) code |= await RoundTrips.SqliteStatementCommand.RunAsync(settings, CancellationToken.None);
        return code;
    }
}
