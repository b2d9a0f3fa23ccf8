using Microsoft.Extensions.Options;
using Oms.Domain.Common;
using Oms.Domain.Orders;
using Oms.Domain.Payments;
using Oms.Persistence;
using Oms.Server.Core.Access;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Contracts;
using Oms.Server.Core.Orders;
using Oms.Server.Core.Stock;

namespace Oms.Server.Features.Amendments;

/// <summary>
/// Runs the amendment's own handler — the same checks, the same totals, the same payment rebalancing — inside a transaction
/// that is always rolled back, with its stock plan never applied and nothing saved: the answer is what the amendment would
/// do, and the order is as it was. A refusal is the amendment's own refusal (400, 404, 409, 422).
/// </summary>
internal sealed class AmendmentPreview(OmsDbContext db, WriteGate gate, ICommandHandler<AmendOrder, Order> handler,
    IOptions<StockSettings> stockSettings, TimeProvider clock)
{
    public async Task<AmendmentPreviewResponse> RunAsync(AmendOrder command, Actor actor, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        // SQLite's transaction takes the write lock: it queues with the writers, like a command.
        using (await gate.EnterAsync(db, ct))
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            try
            {
                var current = await db.LoadAsync(command.Order, ct);
                var before = Snapshot(current);
                db.ChangeTracker.Clear();
                var ctx = new CommandContext(db, clock.GetUtcNow().UtcDateTime, actor, AccessScope.All, new StockPlan(db, stockSettings.Value));
                var amended = await handler.HandleAsync(command, ctx, ct);
                return Compare(amended, before);
            }
            finally
            {
                await tx.RollbackAsync(CancellationToken.None);
                db.ChangeTracker.Clear();
            }
        }
    }

    private sealed record Before(TotalsResponse Totals, IReadOnlyDictionary<Guid, decimal> PendingAuthorise, decimal PendingVoid);

    private static TotalsResponse Totals(Order o) => new(o.Subtotal.Amount, o.TaxTotal.Amount, o.ShippingCharge, o.Total.Amount);

    /// <summary>Money an instrument is still to be authorised for: a pending authorisation, or all of one not yet sent.</summary>
    private static decimal ToAuthorise(OrderPayment p)
        => p.Transactions.Count == 0 ? p.Amount : p.Pending(PaymentOperation.Authorise).Sum(t => t.Amount);

    private static Before Snapshot(Order o)
        => new(Totals(o), o.Payments.ToDictionary(p => p.Id, ToAuthorise), o.Payments.Sum(p => p.Pending(PaymentOperation.Void).Sum(t => t.Amount)));

    private static AmendmentPreviewResponse Compare(Order amended, Before before)
    {
        var more = amended.Payments.Sum(p => ToAuthorise(p) - before.PendingAuthorise.GetValueOrDefault(p.Id));
        var release = amended.Payments.Sum(p => p.Pending(PaymentOperation.Void).Sum(t => t.Amount)) - before.PendingVoid;
        var after = Totals(amended);
        var difference = after.Total - before.Totals.Total;
        string Money(decimal amount) => new Money(amount, amended.Currency).ToString();
        var payment = (more, release) switch
        {
            ( > 0, _) => $"A further {Money(more)} will be authorised on the customer's payment method.",
            (_, > 0) => $"{Money(release)} of the authorised payment will be released (voided).",
            _ when amended.Payments.Count == 0 => "The order has no payment through the OMS: nothing is authorised or released.",
            _ when difference < 0 => $"The {Money(-difference)} no longer needed stays authorised until the order ships; only what ships is captured.",
            _ => "No change to the payments.",
        };
        return new AmendmentPreviewResponse(amended.Id, amended.Number, amended.Currency, before.Totals, after, difference, more, release, payment);
    }
}
