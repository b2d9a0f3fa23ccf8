using System.Diagnostics;

namespace Oms.TestSupport;

/// <summary>Runs a command-line tool to completion for the test servers' setup.</summary>
internal static class ToolProcess
{
    /// <summary>Runs <paramref name="fileName"/> and returns its stdout; a non-zero exit throws with its stderr.</summary>
    public static async Task<string> RunAsync(string fileName, IReadOnlyList<string> args,
        IReadOnlyDictionary<string, string>? environment, CancellationToken ct, string? workingDirectory = null)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? "",
        };
        foreach (var arg in args)
            startInfo.ArgumentList.Add(arg);
        if (environment is not null)
        {
            foreach (var (name, value) in environment)
                startInfo.Environment[name] = value;
        }

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {fileName}.");
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

    /// <summary>Sends a signal (TERM, KILL, …) with the shell's kill builtin; a process already gone is no error.</summary>
    public static async Task SignalAsync(int pid, string signal)
    {
        try
        {
            await RunAsync("/bin/sh", ["-c", $"kill -{signal} {pid} 2>/dev/null || true"], null, CancellationToken.None);
        }
        catch (InvalidOperationException)
        {
        }
    }

    /// <summary>True while a process with this id exists and is not a zombie.</summary>
    public static bool IsAlive(int pid)
    {
        try
        {
            // Field 3 of /proc/<pid>/stat is the state; Z is a zombie that merely awaits its parent's wait().
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var afterName = stat[(stat.LastIndexOf(')') + 2)..];
            return afterName.Length > 0 && afterName[0] != 'Z';
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return true;
        }
    }
}
