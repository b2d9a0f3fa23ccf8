using System.Globalization;

namespace Oms.Benchmarks;

/// <summary>The machine's load average (1, 5, 15 minutes), which these numbers depend on: other work shares the cores.</summary>
internal static class Load
{
    public static string Now()
    {
        try
        {
            var parts = File.ReadAllText("/proc/loadavg").Split(' ');
            return string.Create(CultureInfo.InvariantCulture, $"{parts[0]} {parts[1]} {parts[2]}");
        }
        catch (IOException)
        {
            return "unknown";
        }
    }
}
