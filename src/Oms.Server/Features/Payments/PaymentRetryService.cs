using Microsoft.EntityFrameworkCore;
using Oms.Domain.Payments;
using Oms.Persistence;

namespace Oms.Server.Features.Payments;

/// <summary>
/// Retries provider calls left pending by an error or a timeout (and any an interrupted request never made), with
/// their original idempotency keys, every <c>Payments:RetryIntervalSeconds</c> (default 60).
/// </summary>
public sealed partial class PaymentRetryService(IServiceScopeFactory scopes, IConfiguration config, ILogger<PaymentRetryService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(Math.Max(1, config.GetValue("Payments:RetryIntervalSeconds", 60)));
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RetryAllAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogSweepFailed(log, ex);
            }
        }
    }

    /// <summary>One sweep: every order with a pending call, each in its own scope so one failure does not stop the rest.</summary>
    public async Task<int> RetryAllAsync(CancellationToken ct)
    {
        List<Guid> orderIds;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OmsDbContext>();
            var paymentIds = await db.Set<PaymentTransaction>().AsNoTracking()
                .Where(t => t.Status == PaymentTransactionStatus.Pending).Select(t => t.PaymentId).Distinct().Take(500).ToListAsync(ct);
            orderIds = await db.Set<OrderPayment>().AsNoTracking().Where(p => paymentIds.Contains(p.Id)).Select(p => p.OrderId).Distinct().ToListAsync(ct);
        }
        foreach (var id in orderIds)
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<PaymentProcessor>().SettleAsync(id, ct);
        }
        return orderIds.Count;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Payment retry sweep failed; trying again at the next tick")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
