using Microsoft.AspNetCore.Connections;

namespace Oms.Server.Web;

/// <summary>
/// Starts the web server. A port another process holds ends the start with one line on standard error and exit code
/// 1 (no stack trace: nothing is wrong with the OMS); any other failure is logged once, with its trace, and exits 1.
/// </summary>
internal static class ServerStart
{
    public const int Failed = 1;

    /// <summary>
    /// True until the server listens: errors the host logs meanwhile ("Hosting failed to start", and those of the
    /// background services stopped after it) are left out, as this reports the failure itself. See Program.cs.
    /// </summary>
    public static bool Starting { get; private set; } = true;

    /// <returns>Null when the server listens; otherwise the exit code, after stopping what had started.</returns>
    public static async Task<int?> StartAsync(WebApplication app, ILogger log)
    {
        try
        {
            await app.StartAsync();
            Starting = false;
            return null;
        }
        catch (IOException e) when (e.InnerException is AddressInUseException)
        {
            await Console.Error.WriteLineAsync(PortInUse(e.Message, ConfiguredUrls(app)));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.StartFailed(e);
        }
        await StopQuietlyAsync(app);
        return Failed;
    }

    /// <summary>Stops the background services a failed start left running, so that they end without errors of their own.</summary>
    private static async Task StopQuietlyAsync(WebApplication app)
    {
        try
        {
            await app.StopAsync();
        }
        catch (Exception e) when (e is InvalidOperationException or OperationCanceledException or AggregateException)
        {
            // The process exits with the failure already reported; what stopping adds is noise.
        }
    }

    public static IReadOnlyList<string> ListeningUrls(WebApplication app) => app.Urls.Count > 0 ? [.. app.Urls] : ConfiguredUrls(app);

    /// <summary>"Port 5080 is already in use: stop the other process or pass --urls http://127.0.0.1:5081".</summary>
    internal static string PortInUse(string error, IReadOnlyList<string> configured)
    {
        var url = configured.FirstOrDefault(u => error.Contains(u.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
            ?? (configured.Count > 0 ? configured[0] : null);
        if (url is null || !Uri.TryCreate(
                url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal),
                UriKind.Absolute, out var uri))
            return $"The address is already in use ({error}): stop the other process or pass --urls with another port.";
        var next = new UriBuilder(uri) { Port = uri.Port + 1 }.Uri.GetLeftPart(UriPartial.Authority);
        return $"Port {uri.Port} is already in use: stop the other process or pass --urls {next}";
    }

    private static List<string> ConfiguredUrls(WebApplication app) =>
        [.. (app.Configuration["urls"] ?? "http://localhost:5000")
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
