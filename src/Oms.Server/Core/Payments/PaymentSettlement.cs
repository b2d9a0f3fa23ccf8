using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Orders;
using Oms.Domain.Payments;
using Oms.Payments;
using Oms.Persistence;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Orders;
using Oms.Server.Core.Outbox;

namespace Oms.Server.Core.Payments;

/// <summary>
/// Makes the provider calls an order has queued, after the command that queued them committed (never inside a
/// transaction: SQLite has one writer and a provider can take seconds), then records the answers in a command of its
/// own. Every call carries the idempotency key fixed when it was queued, so running it twice, on two nodes or after a
/// crash, never charges twice; an answer already recorded is ignored. Errors and timeouts stay pending and the relay
/// tries again with backoff. Runs inline, so that a capture answers with its first authorisation result.
/// </summary>
public sealed partial class PaymentSettlement(PaymentProviders providers, IConfiguration config, ILogger<PaymentSettlement> log) : IOutboxHandler
{
    public string Name => "payments";
    public bool RunsInline => true;

    public RetryPolicy Retry { get; } = new(TimeSpan.FromSeconds(Math.Max(1, config.GetValue("Payments:RetryIntervalSeconds", 60))), 2,
        TimeSpan.FromHours(1), 30);

    public bool Wants(string eventType, bool isInternal) => isInternal && eventType == InternalEvents.SettlePayments;

    public async Task<HandlerResult> HandleAsync(OutboxMessage message, IServiceProvider services, CancellationToken ct)
    {
        var orderId = Guid.Parse(message.Subject!);
        var (_, pending, recorded) = await SettleAsync(orderId, services, message, ct);
        if (pending > 0) return HandlerResult.Again($"{pending} provider call(s) still unanswered (error or timeout)");
        return recorded ? HandlerResult.DoneInCommand : HandlerResult.Done;
    }

    /// <summary>Calls the providers for the order's pending calls once; returns the order as it now stands and how many calls stay pending.</summary>
    public async Task<(Order Order, int Pending)> SettleAsync(Guid orderId, IServiceProvider services, CancellationToken ct)
    {
        var (order, pending, _) = await SettleAsync(orderId, services, null, ct);
        return (order, pending);
    }

    /// <param name="delivery">The outbox delivery being handled: when no call stays pending, the command that records the answers
    /// also marks it delivered (<c>Recorded</c>), saving the relay a statement of its own.</param>
    private async Task<(Order Order, int Pending, bool Recorded)> SettleAsync(Guid orderId, IServiceProvider services, OutboxMessage? delivery,
        CancellationToken ct)
    {
        var db = services.GetRequiredService<OmsDbContext>();
        var bus = services.GetRequiredService<CommandBus>();
        db.ChangeTracker.Clear();
        var order = bus.Committed(orderId) ?? await db.WithEverything().AsNoTracking().FirstOrDefaultAsync(o => o.Id == orderId, ct)
            ?? throw new NotFoundException("Order", orderId.ToString());
        var calls = order.PendingPaymentCalls().ToList();
        if (calls.Count == 0) return (order, 0, false);

        var answers = new List<(Guid Transaction, PaymentResult Result)>();
        foreach (var (payment, tx) in calls)
            answers.Add((tx.Id, await CallAsync(order, payment, tx, ct)));

        var pending = answers.Count(a => a.Result.IsRetryable);
        var record = delivery is not null && pending == 0;
        var updated = await bus.RunAsync(Actor.System, async (ctx, token) =>
        {
            var tracked = await ctx.OrderAsync(orderId, token);
            foreach (var (id, result) in answers) tracked.RecordPaymentResult(id, result, ctx.Now);
            if (record) ctx.Complete(delivery!);
            return tracked;
        }, ct);
        return (updated, pending, record);
    }

    private async Task<PaymentResult> CallAsync(Order order, OrderPayment payment, PaymentTransaction tx, CancellationToken ct)
    {
        if (!providers.TryGet(payment.Provider, out var provider))
            return new PaymentResult(PaymentOutcome.Error, null, 0, $"No payment provider is named '{payment.Provider}'.");
        var money = new Money(tx.Amount, order.Currency);
        try
        {
            var result = tx.Kind switch
            {
                PaymentOperation.Authorise => await provider.AuthoriseAsync(
                    new AuthorisationRequest(tx.IdempotencyKey, order.Id, order.Number, money, payment.Token, order.CustomerEmail), ct),
                PaymentOperation.Capture => await provider.CaptureAsync(new CaptureRequest(tx.IdempotencyKey, payment.AuthorisationReference!, money), ct),
                PaymentOperation.Void => await provider.VoidAsync(new VoidRequest(tx.IdempotencyKey, payment.AuthorisationReference!), ct),
                _ => await provider.RefundAsync(new RefundRequest(tx.IdempotencyKey, payment.CaptureReference!, money, tx.Message ?? "refund"), ct),
            };
            LogCall(log, order.Id, tx.Kind, payment.Provider, result.Outcome);
            return result;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // Providers answer declines and errors as results; anything thrown is a bug or an outage: keep the call pending.
            LogFailed(log, ex, order.Id, tx.Kind, payment.Provider);
            return new PaymentResult(PaymentOutcome.Error, null, 0, "The payment provider call failed unexpectedly.");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderId}: {Operation} at {Provider} answered {Outcome}")]
    private static partial void LogCall(ILogger logger, Guid orderId, PaymentOperation operation, string provider, PaymentOutcome outcome);

    [LoggerMessage(Level = LogLevel.Error, Message = "Order {OrderId}: {Operation} at {Provider} threw; left pending for a retry")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid orderId, PaymentOperation operation, string provider);
}
