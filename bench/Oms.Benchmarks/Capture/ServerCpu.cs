using System.Globalization;

namespace Oms.Benchmarks.Capture;

/// <summary>
/// CPU time used so far by the benchmark's PostgreSQL cluster (its postmaster found by port, its live backends, and the
/// backends that already exited), read from /proc; zero where there is no /proc or no such server (SQLite runs inside the
/// benchmark's own process, whose CPU time <see cref="LoadRunner"/> measures).
/// </summary>
internal sealed class ServerCpu(int? port)
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux
    private int? _postmaster;

    public static readonly ServerCpu None = new(null);

    public TimeSpan Now()
    {
        if (port is null || !Directory.Exists("/proc")) return TimeSpan.Zero;
        try
        {
            _postmaster ??= FindPostmaster(port.Value);
            if (_postmaster is not { } pm) return TimeSpan.Zero;
            var ticks = 0L;
            foreach (var dir in Directory.EnumerateDirectories("/proc"))
            {
                if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
                var f = Fields(pid);
                if (f is null) continue;
                // Fields after the command: [1] ppid, [11] utime, [12] stime, [13] cutime, [14] cstime.
                if (pid == pm) ticks += long.Parse(f[11], CultureInfo.InvariantCulture) + long.Parse(f[12], CultureInfo.InvariantCulture)
                    + long.Parse(f[13], CultureInfo.InvariantCulture) + long.Parse(f[14], CultureInfo.InvariantCulture);
                else if (f[1] == pm.ToString(CultureInfo.InvariantCulture))
                    ticks += long.Parse(f[11], CultureInfo.InvariantCulture) + long.Parse(f[12], CultureInfo.InvariantCulture);
            }
            return TimeSpan.FromSeconds(ticks / TicksPerSecond);
        }
        catch (IOException)
        {
            return TimeSpan.Zero;
        }
    }

    private static int? FindPostmaster(int port)
    {
        var flag = $"-p {port.ToString(CultureInfo.InvariantCulture)}";
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            try
            {
                var cmd = File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' ');
                if (cmd.Contains("postgres", StringComparison.Ordinal) && cmd.Contains(flag, StringComparison.Ordinal)) return pid;
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
        return null;
    }

    /// <summary>The fields of /proc/pid/stat after the parenthesised command name (state first).</summary>
    private static string[]? Fields(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var close = stat.LastIndexOf(')');
            return close < 0 ? null : stat[(close + 2)..].Split(' ');
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
