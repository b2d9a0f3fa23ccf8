using Oms.Domain.Common;
using Oms.Domain.Payments;

namespace Oms.Domain.Orders;

/// <summary>
/// The order's payments. Provider calls happen outside the order's transaction: the order queues a
/// <see cref="PaymentTransaction"/> (with its idempotency key) and, in a later command, records the provider's answer
/// with <see cref="RecordPaymentResult"/>. Captures follow shipments; what can no longer be captured is voided.
/// </summary>
public sealed partial class Order
{
    private readonly List<OrderPayment> _payments = [];

    public IReadOnlyList<OrderPayment> Payments => _payments;

    public PaymentBalance Balance => PaymentBalance.Of(this);

    /// <summary>
    /// Adds an instrument and asks for its authorisation; the order waits on a payment hold until it is approved. While
    /// a fraud review or a manual approval is pending nothing is authorised (a suspect order must not reach the
    /// provider): the instrument waits, and lifting the last such hold asks for its authorisation.
    /// </summary>
    public OrderPayment AddPayment(PaymentMethod method, string provider, string token, decimal amount, DateTime now, Actor actor)
    {
        if (!_lines.Any(LineStillToCapture))
            throw new InvalidTransitionException($"order {Number}", Status.ToString(), "AddPayment",
                $"Order {Number} has nothing left to pay for.");
        var payment = new OrderPayment(Ids.Next(now), Id, _payments.Count + 1, method, provider, token, amount);
        _payments.Add(payment);
        if (AwaitsApproval || !AuthorisationStarted)
        {
            Record(now, actor, "payment.added",
                $"Payment {payment.Sequence} ({method}, {provider}) for {new Money(amount, Currency)} is authorised when the workflow " +
                    "reaches payment authorisation and the order is not under review.", null, payment.Id);
            return payment;
        }
        Record(now, actor, "payment.added",
            $"Payment {payment.Sequence} ({method}, {provider}) for {new Money(amount, Currency)} awaits authorisation.", null, payment.Id);
        AuthoriseWaitingPayments(now, actor);
        return payment;
    }

    /// <summary>Goods left but a capture was refused: only a person can settle that (collect another way, or write it off).</summary>
    public bool HasDeclinedCapture
        => _payments.Any(p => p.Transactions.Any(t => t.Kind == PaymentOperation.Capture && t.Status == PaymentTransactionStatus.Declined));

    /// <summary>A refund the provider refused: the customer is still owed it, and only a person can pay it another way.</summary>
    public bool HasDeclinedRefund
        => _payments.Any(p => p.Transactions.Any(t => t.Kind == PaymentOperation.Refund && t.Status == PaymentTransactionStatus.Declined));

    private bool AwaitsApproval => ActiveHold(HoldKind.Fraud) is not null || ActiveHold(HoldKind.ManualApproval) is not null;

    /// <summary>Queues the authorisation of instruments never sent to a provider (held back during a review).</summary>
    private void AuthoriseWaitingPayments(DateTime now, Actor actor)
    {
        var waiting = _payments.Where(p => p.Transactions.Count == 0).ToList();
        if (waiting.Count == 0 || AwaitsApproval || !AuthorisationStarted || Status == OrderStatus.Cancelled) return;
        foreach (var p in waiting) p.Queue(PaymentOperation.Authorise, p.Amount, now);
        PlaceHold(HoldKind.Payment, "awaiting payment authorisation", now, actor);
    }

    /// <summary>Provider calls queued and not yet answered for good (errors and timeouts stay pending).</summary>
    public IEnumerable<(OrderPayment Payment, PaymentTransaction Transaction)> PendingPaymentCalls()
        => _payments.OrderBy(p => p.Sequence)
            .SelectMany(p => p.Transactions.Where(t => t.Status == PaymentTransactionStatus.Pending).OrderBy(t => t.Sequence)
                .Select(t => (p, t)));

    /// <summary>
    /// Records what the provider answered. Idempotent: an answer for a transaction already settled is ignored (two
    /// retries may race). Keeps the payment hold in step: lifted when nothing is pending or declined, explained otherwise.
    /// </summary>
    public void RecordPaymentResult(Guid transactionId, PaymentResult result, DateTime now)
    {
        var payment = _payments.Find(p => p.Transactions.Any(t => t.Id == transactionId))
            ?? throw new NotFoundException("Payment transaction", transactionId.ToString());
        var tx = payment.Transactions.First(t => t.Id == transactionId);
        if (tx.Status == PaymentTransactionStatus.Abandoned) VoidLateAuthorisation(payment, tx, result, now);
        if (tx.Status != PaymentTransactionStatus.Pending) return;
        tx.Record(result, now);
        var what = $"{tx.Kind} of {new Money(tx.Amount, Currency)} on payment {payment.Sequence} ({payment.Provider})";
        if (result.IsRetryable)
        {
            Record(now, Actor.System, "payment.retrying", $"{what}: {result.Outcome}; will retry with the same key.", null, payment.Id);
            if (tx.Kind == PaymentOperation.Authorise)
                PlaceHold(HoldKind.Payment,
                    $"the payment provider did not answer ({result.Outcome}); retrying, or replace payment {payment.Sequence}", now,
                    Actor.System);
            return;
        }
        payment.Apply(tx, result);
        Record(now, Actor.System, PaymentEventType(tx.Kind, result.IsApproved),
            result.IsApproved ? $"{what} approved."
                : $"{what} declined: {(result.Message ?? result.DeclineCode ?? "no reason given").TrimEnd('.')}.", null, payment.Id);
        SettlePaymentHold(now);
        if (tx.Kind == PaymentOperation.Capture && !result.IsApproved)
            // The goods have left but the money did not come in (a final capture released the rest, an expired authorisation):
            // a person must collect it another way or write it off; the hold puts the order in their queue.
            PlaceHold(HoldKind.Payment,
                $"capture of {new Money(tx.Amount, Currency)} on payment {payment.Sequence} was declined " +
                    $"({result.Message ?? result.DeclineCode}); collect it another way", now, Actor.System);
        if (tx.Kind == PaymentOperation.Refund && !result.IsApproved)
            PlaceHold(HoldKind.Payment,
                $"refund of {new Money(tx.Amount, Currency)} on payment {payment.Sequence} ({tx.Message}) was declined " +
                    $"({result.Message ?? result.DeclineCode}); pay it back another way", now, Actor.System);
        QueueVoidIfSettled(now);
        Refresh(now);
    }

    /// <summary>Queues captures for goods that left (the shipped lines, plus the shipping charge with the first shipment).</summary>
    internal void QueueCapture(IReadOnlyList<OrderLine> lines, DateTime now)
    {
        var first = !_payments.Any(p => p.Transactions.Any(t => t.Kind == PaymentOperation.Capture));
        var due = lines.Sum(l => l.Total) + (first ? ShippingCharge : 0);
        foreach (var payment in _payments.OrderBy(p => p.Sequence))
        {
            if (due <= 0) break;
            var amount = Math.Min(due, payment.Capturable);
            if (amount <= 0) continue;
            payment.Queue(PaymentOperation.Capture, amount, now);
            due -= amount;
        }
    }

    /// <summary>
    /// Reserve-and-collect: the customer pays at the till for what they collect. Recorded as a card payment at the POS
    /// through the offline provider (settled outside the OMS), authorised and captured at once; an order that already
    /// has a live payment (an agent added one) is captured from it instead.
    /// </summary>
    internal void TakePaymentInStore(IReadOnlyList<OrderLine> lines, string store, DateTime now, Actor actor)
    {
        if (!PaysInStore || _payments.Any(p => p.IsLive)) return;
        var first = !_payments.Any(p => p.Transactions.Any(t => t.Kind == PaymentOperation.Capture));
        var amount = lines.Sum(l => l.Total) + (first ? ShippingCharge : 0);
        if (amount <= 0) return;
        var payment = new OrderPayment(Ids.Next(now), Id, _payments.Count + 1, PaymentMethod.PosCard, "offline", $"till:{store}", amount);
        _payments.Add(payment);
        payment.Queue(PaymentOperation.Authorise, amount, now, "paid in store at collection");
        payment.Queue(PaymentOperation.Capture, amount, now, "paid in store at collection");
        Record(now, actor, "payment.taken-in-store", $"{new Money(amount, Currency)} paid at {store} on collection.", null, payment.Id);
    }

    /// <summary>
    /// A tender taken at the till (cash, a card on the store's terminal, a gift card): the money is in the till already,
    /// so the instrument is recorded as authorised and captured at once, with both steps in its log, and no provider is
    /// called. A later refund at the till goes back to it.
    /// </summary>
    public OrderPayment RecordTender(PaymentMethod method, string reference, decimal amount, DateTime now, Actor actor)
    {
        var store = SellingLocationCode ?? throw new BusinessRuleException("sellingLocation", "A till tender needs the selling store.");
        var payment = new OrderPayment(Ids.Next(now), Id, _payments.Count + 1, method, "offline", Guard.NotEmpty(reference, "token"),
            amount);
        _payments.Add(payment);
        payment.Settle(PaymentOperation.Authorise, amount, $"till:{store}", now);
        payment.Settle(PaymentOperation.Capture, amount, $"till:{store}", now);
        Record(now, actor, "payment.tendered", $"{new Money(amount, Currency)} paid at the till of {store} ({method}).", null, payment.Id);
        Refresh(now);
        return payment;
    }

    private static string PaymentEventType(PaymentOperation kind, bool approved) => (kind, approved) switch
    {
        (PaymentOperation.Authorise, true) => "payment.authorised",
        (PaymentOperation.Authorise, false) => "payment.authorisation-declined",
        (PaymentOperation.Capture, true) => "payment.captured",
        (PaymentOperation.Capture, false) => "payment.capture-declined",
        (PaymentOperation.Void, true) => "payment.voided",
        (PaymentOperation.Void, false) => "payment.void-declined",
        (PaymentOperation.Refund, true) => "payment.refunded",
        _ => "payment.refund-declined",
    };

    /// <summary>Once no line can ship any more, what is still authorised can never be captured: void it.</summary>
    internal void QueueVoidIfSettled(DateTime now)
    {
        if (_lines.Any(LineStillToCapture)) return;
        // A void the provider refused is not asked again: the authorisation lapses on its own, and asking again would loop.
        foreach (var p in _payments.Where(p => p.Capturable > 0 && !p.Pending(PaymentOperation.Void).Any()
                     && !p.Pending(PaymentOperation.Authorise).Any()
                     && !p.Transactions.Any(t => t.Kind == PaymentOperation.Void && t.Status == PaymentTransactionStatus.Declined)))
            p.Queue(PaymentOperation.Void, p.Capturable, now);
    }

    private bool LineStillToCapture(OrderLine l) => l.IsActive && l.ShipmentId is null
        && l.Status is not (LineStatus.Collected or LineStatus.CarriedOut or LineStatus.Delivered);

    private void SettlePaymentHold(DateTime now)
    {
        if (ActiveHold(HoldKind.Payment) is null) return;
        if (HasDeclinedCapture || HasDeclinedRefund) return;
        var live = _payments.Where(p => p.IsLive).ToList();
        if (live.Any(p => p.Pending(PaymentOperation.Authorise).Any())) return;
        var authorised = live.Sum(p => p.Authorised);
        var declined = _payments.OrderBy(p => p.Sequence).LastOrDefault(p => p.Declined && p.ReplacedBy is null);
        if (authorised >= Total.Amount)
            LiftHold(HoldKind.Payment, "payment authorised", now, Actor.System);
        else
            PlaceHold(HoldKind.Payment, declined is null
                ? $"authorised {new Money(authorised, Currency)} of {Total}"
                : $"payment {declined.Sequence} was declined ({declined.Transactions[^1].Message}); replace it or cancel the order", now,
                    Actor.System);
    }
}
