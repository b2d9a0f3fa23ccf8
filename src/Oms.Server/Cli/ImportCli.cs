using Microsoft.Extensions.Logging.Abstractions;
using Oms.Persistence;
using Oms.Server.Web;

namespace Oms.Server.Cli;

/// <summary>
/// <c>Oms.Server import …</c>: imports on the same binary and configuration as the server (ConnectionStrings:Oms), in
/// process, without starting the web server. Exit codes: 0 every record accepted (or already there), 1 some rejected,
/// 2 a usage error, 3 the database cannot be reached. The summary goes to standard output, the progress bar to standard error.
/// </summary>
public static class ImportCli
{
    public static bool IsImport(string[] args) => args is ["import", ..];

    /// <summary>What the host is built with for an import: no command-line settings (the import's own options), quiet logs.</summary>
    public static string[] HostArgs(string[] args)
        => IsImport(args) ? ["--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft.EntityFrameworkCore=None"] : args;

    public static IServiceCollection AddImportCli(this IServiceCollection services)
        => services.AddSingleton<Core.Inbox.IInboundHandler, CliOrderInbound>();

    public static async Task<int> RunAsync(WebApplication app, DatabaseOptions database, bool seedDemoData, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        var a = ImportArguments.Parse(args);
        if (a.Error is not null)
        {
            await Console.Error.WriteLineAsync($"{a.Error}\n{ImportArguments.Usage}");
            return 2;
        }
        try
        {
            // Quiet: standard output is the summary; a failure is said in one line below.
            await DatabaseStartup.PrepareAsync(app.Services, database, seedDemoData, NullLogger.Instance, CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await Console.Error.WriteLineAsync($"Cannot reach the database: {e.GetBaseException().Message}");
            return 3;
        }
        try
        {
            var summary = a.What == "orders"
                ? await new OrderImport(app.Services).RunAsync(a, CancellationToken.None)
                : await new CatalogueImport(app.Services).RunAsync(a, CancellationToken.None);
            summary.Print(Console.Out, a.DryRun);
            return summary.ExitCode;
        }
        catch (UsageException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }
    }
}
