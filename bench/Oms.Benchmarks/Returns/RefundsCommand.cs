using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Oms.Benchmarks.Returns;

/// <summary>
/// Refund calculation time, call by call: median, 99th percentile and maximum of one <see cref="RefundCase.Run"/>
/// (calculate, then allocate) for each of <see cref="RefundCases"/>, as <c>sourcing</c> reports its decisions. Each call
/// is timed on its own with <see cref="Stopwatch"/> (a few tens of nanoseconds of the figure are the clock's), so the
/// tail holds what a caller meets: tiered JIT finished in the warm-up, but the garbage collections of the run stay in.
/// </summary>
internal static class RefundsCommand
{
    private const int WarmupRounds = 4;
    private const int WarmupCalls = 2_000;

    public static int Run(int calls)
    {
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture,
            $"{"case",-34} {"calls",7} {"median µs",10} {"p99 µs",8} {"max µs",8} {"KB/call",8}");
        // Every case, a few rounds, with pauses: tiered JIT promotes hot methods in the background after a quiet moment,
        // twice with dynamic PGO (tier 0, instrumented, optimised); a first case timed earlier would pay for the rest.
        for (var round = 0; round < WarmupRounds; round++)
        {
            foreach (var c in RefundCases.All)
            {
                for (var i = 0; i < WarmupCalls; i++) c.Run();
            }
            Thread.Sleep(150);
        }
        foreach (var c in RefundCases.All)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var times = new double[calls];
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < calls; i++)
            {
                var started = Stopwatch.GetTimestamp();
                c.Run();
                times[i] = Stopwatch.GetElapsedTime(started).TotalMicroseconds;
            }
            allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
            Array.Sort(times);
            table.AppendLine(CultureInfo.InvariantCulture,
                $"{c.Name,-34} {calls,7} {times[calls / 2],10:0.00} {times[(int)Math.Ceiling(calls * 0.99) - 1],8:0.00} "
                + $"{times[^1],8:0.0} {allocated / 1024.0 / calls,8:0.0}");
        }
        var header = string.Create(CultureInfo.InvariantCulture,
            $"refunds --calls {calls}: {Environment.ProcessorCount} cores, load {Load.Now()}, {RuntimeInformation.FrameworkDescription}");
        Console.WriteLine(header);
        Console.Write(table);
        var path = RepositoryPaths.BenchArtifacts($"refunds-{DateTime.UtcNow:yyyyMMdd-HHmmss}.md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, header + "\n\n```\n" + table + "```\n");
        Console.WriteLine($"Written to {path}");
        return 0;
    }
}
