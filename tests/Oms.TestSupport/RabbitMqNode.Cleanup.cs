using System.Globalization;

namespace Oms.TestSupport;

/// <summary>Cleaning up after test processes that died without stopping their node.</summary>
internal sealed partial class RabbitMqNode
{
    /// <summary>
    /// Runs rabbitmq-server ($3) with its console output in $2/server.out and its pid in $2/server.pid, and stops it
    /// when the test process ($1) is gone; then, or when the node was discarded (Destroy), it deletes the directory. So a
    /// test host killed before or during its exit handler (VSTest allows it 100 ms unless told otherwise) leaves no node
    /// and no directory behind. Its own stdio is /dev/null, so nothing it starts holds the test host's output pipes
    /// (CI pipes them through tee).
    /// </summary>
    private const string Watchdog = """
        exec >/dev/null 2>&1 </dev/null
        owner=$1 dir=$2 server=$3
        "$server" >>"$dir/server.out" 2>&1 &
        child=$!
        echo "$child" >"$dir/server.pid"
        (
          while kill -0 "$owner"; do sleep 1; done
          kill -TERM "$child"
          sleep 15
          kill -KILL "$child" $(cat "$dir/node.pid")
        ) &
        watcher=$!
        wait "$child"
        status=$?
        kill "$watcher"
        if [ -e "$dir/discard" ] || ! kill -0 "$owner"; then rm -rf "$dir"; fi
        exit "$status"
        """;

    private static int? ReadPid(string file)
    {
        try
        {
            return int.TryParse(File.ReadAllText(file).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>
    /// Kills the nodes of earlier test processes that died without stopping them (killed by the test platform, a
    /// debugger or a crash) and deletes their directories.
    /// </summary>
    private static async Task SweepOrphansAsync(string tempRoot)
    {
        foreach (var dir in Directory.EnumerateDirectories(tempRoot, DirectoryPrefix + "*"))
        {
            if (ReadPid(Path.Combine(dir, OwnerFile)) is not { } owner || ToolProcess.IsAlive(owner))
                continue; // no owner file (a start in progress) or a live owner: not ours to judge
            foreach (var file in new[] { ServerPidFile, VmPidFile })
            {
                // Only a process that still runs from this directory: the pid may have been reused since.
                if (ReadPid(Path.Combine(dir, file)) is { } pid && ToolProcess.IsAlive(pid) && RunsFrom(pid, dir))
                    await ToolProcess.SignalAsync(pid, "KILL");
            }
            try
            {
                Directory.Delete(dir, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }
        }
    }

    private static bool RunsFrom(int pid, string dir)
    {
        try
        {
            // The VM's command line names its home (the directory); the script's environment names its data directory.
            return File.ReadAllText($"/proc/{pid}/cmdline").Contains(dir, StringComparison.Ordinal)
                   || File.ReadAllText($"/proc/{pid}/environ").Contains(dir, StringComparison.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
