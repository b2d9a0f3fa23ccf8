using Microsoft.Extensions.Options;

namespace Oms.Server.Features.Network.Imports;

/// <summary>
/// Runs import jobs in the background on a node with <see cref="ImportOptions.RunWorker"/> on: the jobs this node
/// accepts at once, and every <see cref="ImportOptions.PollSeconds"/> those of other nodes or left by a stopped one.
/// </summary>
public sealed partial class ImportWorker(ImportRunner runner, ImportSignal signal, IOptions<ImportOptions> options,
    ILogger<ImportWorker> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromSeconds(Math.Max(1, options.Value.PollSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await runner.RunNextAsync(stoppingToken))
                {
                }
                await signal.WaitAsync(poll, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database may be away for a moment; the next round tries again.
                LogRoundFailed(log, e);
                await Task.Delay(poll, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Looking for import jobs failed; trying again")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
