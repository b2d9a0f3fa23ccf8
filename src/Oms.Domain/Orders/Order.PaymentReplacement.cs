using Oms.Domain.Common;
using Oms.Domain.Payments;

namespace Oms.Domain.Orders;

/// <summary>Replacing a payment instrument that will not pay: declined, or its authorisation still pending.</summary>
public sealed partial class Order
{
    /// <summary>
    /// What the live instruments do not cover yet: the total minus what they have authorised (net of voids), are
    /// waiting to have authorised, or will have authorised once a review is over.
    /// </summary>
    public decimal UncoveredAmount => Total.Amount - _payments.Where(p => p.IsLive).Sum(p => p.Transactions.Count == 0
        ? p.Amount
        : p.Authorised - p.Voided + p.Pending(PaymentOperation.Authorise).Sum(t => t.Amount));

    /// <summary>
    /// Replaces instrument <paramref name="sequence"/> with a new one for <paramref name="amount"/> (by default what the
    /// old one was to pay, at most what is uncovered once it is gone). Only an instrument that will not pay can be
    /// replaced: one that was declined, or whose authorisation is still pending (the provider failed or did not answer)
    /// or was never sent (a review is pending). A pending authorisation is abandoned: it is never retried, and should
    /// the provider's answer to it still arrive approved, it is voided. The order keeps its payment hold until the new
    /// instrument is authorised.
    /// </summary>
    /// <exception cref="NotFoundException">The order has no instrument with that sequence.</exception>
    /// <exception cref="InvalidTransitionException">The order is cancelled, or the
    /// instrument was authorised or replaced already.</exception>
    public OrderPayment ReplacePayment(int sequence, PaymentMethod method, string provider, string token, decimal? amount, DateTime now,
        Actor actor)
    {
        var old = _payments.Find(p => p.Sequence == sequence) ?? throw new NotFoundException("Payment", $"{Number} #{sequence}");
        var what = $"payment {sequence} of order {Number}";
        if (Status == OrderStatus.Cancelled)
            throw new InvalidTransitionException(what, "cancelled", "ReplacePayment",
                $"Order {Number} is cancelled: its payments cannot be replaced.");
        if (old.ReplacedBy is { } by)
            throw new InvalidTransitionException(what, "replaced", "ReplacePayment",
                $"Payment {sequence} was already replaced by payment {by}; replace that one instead.");
        if (old.Authorised > 0)
            throw new InvalidTransitionException(what, "authorised", "ReplacePayment",
                $"Payment {sequence} is authorised for {new Money(old.Authorised, Currency)}: only a declined payment, or one still " +
                    "awaiting authorisation, can be replaced.");

        if (!_lines.Any(LineStillToCapture))
            throw new InvalidTransitionException(what, Status.ToString(), "ReplacePayment", $"Order {Number} has nothing left to pay for.");

        // Nothing of the old instrument is authorised, so what it covers is what it still waits to have authorised.
        var freed = !old.IsLive ? 0 : old.Transactions.Count == 0 ? old.Amount : old.Pending(PaymentOperation.Authorise).Sum(t => t.Amount);
        var uncovered = UncoveredAmount + freed;
        var due = amount ?? Math.Min(old.Amount, uncovered);
        if (due <= 0)
            throw new BusinessRuleException("sequence",
                $"Order {Number} is covered by its other payments: payment {sequence} needs no replacement.");
        if (due > uncovered)
            throw new BusinessRuleException("amount",
                $"Only {new Money(uncovered, Currency)} of order {Number} is left to pay once payment {sequence} is replaced.");
        var replacement = _payments.Count + 1;
        var abandoned = old.Replace(replacement, now);
        Record(now, actor, "payment.replaced", $"Payment {sequence} ({old.Method}, {old.Provider}) is replaced by payment {replacement}"
            + (abandoned > 0 ? "; its pending authorisation is abandoned and will not be retried." : "."));
        return AddPayment(method, provider, token, due, now, actor);
    }

    /// <summary>
    /// The provider approved an authorisation after it was abandoned (a call in flight while the instrument was
    /// replaced): the money is held on the customer's card, so book it and release it at once.
    /// </summary>
    private void VoidLateAuthorisation(OrderPayment payment, PaymentTransaction tx, PaymentResult result, DateTime now)
    {
        if (tx.Kind != PaymentOperation.Authorise || !result.IsApproved || payment.AuthorisationReference is not null) return;
        payment.Apply(tx, result);
        payment.Queue(PaymentOperation.Void, payment.Capturable, now, "authorised after the payment was replaced");
        Record(now, Actor.System, "payment.void-queued",
            $"Payment {payment.Sequence} was authorised after it was replaced: its {new Money(payment.Authorised, Currency)} is voided.");
    }
}
