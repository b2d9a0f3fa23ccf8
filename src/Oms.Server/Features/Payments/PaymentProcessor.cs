using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oms.Domain.Common;
using Oms.Domain.Orders;
using Oms.Domain.Payments;
using Oms.Payments;
using Oms.Persistence;
using Oms.Server.Features.Orders;
using Oms.Server.Web;

namespace Oms.Server.Features.Payments;

/// <summary>
/// Carries out the provider calls an order has queued. Never inside a database transaction (SQLite has one writer,
/// and a provider can take seconds): it reads the pending calls, calls the providers, then records the answers in a
/// command of its own. Every call uses the idempotency key fixed when it was queued, so running this twice at once,
/// or again after a crash, never charges twice; an answer recorded already is ignored.
/// </summary>
public sealed partial class PaymentProcessor(OmsDbContext db, CommandRunner runner, PaymentProviders providers, TimeProvider clock,
    IOptions<JsonOptions> json, ILogger<PaymentProcessor> log)
{
    /// <summary>Rounds per call: an answer can queue a follow-up (an approved authorisation of a cancelled order queues its void).</summary>
    private const int Rounds = 3;

    /// <summary>Settles what the order has pending and returns it as it now stands (untracked).</summary>
    public async Task<Order> SettleAsync(Guid orderId, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        for (var round = 0; round < Rounds; round++)
        {
            var order = await db.WithEverything().AsNoTracking().FirstOrDefaultAsync(o => o.Id == orderId, ct)
                ?? throw new NotFoundException("Order", orderId.ToString());
            var calls = order.PendingPaymentCalls().ToList();
            if (calls.Count == 0) return order;

            var answers = new List<(Guid Transaction, PaymentResult Result)>();
            foreach (var (payment, tx) in calls)
                answers.Add((tx.Id, await CallAsync(order, payment, tx, ct)));

            await runner.RunAsync(async token =>
            {
                var tracked = await db.WithEverything().FirstAsync(o => o.Id == orderId, token);
                var now = clock.GetUtcNow().UtcDateTime;
                foreach (var (id, result) in answers) tracked.RecordPaymentResult(id, result, now);
                return tracked.Id;
            }, ct);
            db.ChangeTracker.Clear();
            if (answers.All(a => a.Result.IsRetryable)) break;
        }
        return await db.WithEverything().AsNoTracking().FirstAsync(o => o.Id == orderId, ct);
    }

    /// <summary>After a new order is committed: settles its payments and answers with the order as it now stands.</summary>
    public async Task<CaptureResult> AfterCaptureAsync(CaptureResult captured, CancellationToken ct)
    {
        var id = Guid.Parse(captured.Location.AsSpan(captured.Location.LastIndexOf('/') + 1));
        var order = await SettleAsync(id, ct);
        return captured with { Body = JsonSerializer.Serialize(OrderResponse.From(order), json.Value.SerializerOptions) };
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
