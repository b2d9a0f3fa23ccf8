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
                                                                          [--random-line-order]
          dotnet run -c Release --project bench/Oms.Benchmarks -- sourcing [--orders 200]
          dotnet run -c Release --project bench/Oms.Benchmarks -- micro [BenchmarkDotNet arguments, e.g. --filter *]
        """;

    public static async Task<int> Main(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "capture":
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
                return await CaptureCommand.RunAsync(settings, CancellationToken.None);
            case "sourcing":
                return Sourcing.SourcingCommand.Run(args.Length > 2 && args[1] == "--orders" ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 200);
            case "micro":
                MicroCommand.Run(args[1..]);
                return 0;
            default:
                await Console.Error.WriteLineAsync(Usage);
                return 2;
        }
    }
}
