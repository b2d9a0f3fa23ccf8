using Oms.Domain.Common;
using Oms.Domain.Orders;
using Oms.Domain.Payments;
using static Oms.Domain.Tests.OrderBuilder;

namespace Oms.Domain.Tests.Payments;

/// <summary>Replacing an instrument that will not pay: declined, or its authorisation pending after an error or a timeout.</summary>
public sealed class PaymentReplacementTests
{
    private static readonly PaymentResult Approved = new(PaymentOutcome.Approved, "auth-1", 0m);

    private static Order WithPayment(out PaymentTransaction authorisation)
    {
        var order = Allocated("DC", Ship(price: 40m)); // 44.95 with the shipping charge
        order.StartAuthorisation(Now, Agent);
        var payment = order.AddPayment(PaymentMethod.Card, "psp", "tok-old", order.Total.Amount, Now, Agent);
        authorisation = payment.Transactions[0];
        return order;
    }

    [Fact]
    public void A_pending_authorisation_is_abandoned_and_the_new_instrument_is_queued_for_the_same_amount()
    {
        var order = WithPayment(out var old);
        order.RecordPaymentResult(old.Id, new PaymentResult(PaymentOutcome.Timeout, null, 0m), Now);

        var replacement = order.ReplacePayment(1, PaymentMethod.Card, "psp", "tok-new", null, Now, Agent);

        Assert.Equal((PaymentTransactionStatus.Abandoned, 2), (old.Status, order.Payments[0].ReplacedBy));
        Assert.Equal((2, 44.95m), (replacement.Sequence, replacement.Amount));
        Assert.Equal([replacement.Transactions[0].Id], order.PendingPaymentCalls().Select(c => c.Transaction.Id));
        Assert.Equal(0m, order.UncoveredAmount);
        Assert.Contains(order.Timeline, t => t.Type == "payment.replaced");
    }

    [Fact]
    public void Once_the_new_instrument_is_authorised_the_payment_hold_is_lifted()
    {
        var order = WithPayment(out var old);
        order.RecordPaymentResult(old.Id, new PaymentResult(PaymentOutcome.Declined, null, 0m, "no", "generic_decline"), Now);
        Assert.NotNull(order.ActiveHold(HoldKind.Payment));

        var replacement = order.ReplacePayment(1, PaymentMethod.Card, "psp", "tok-new", null, Now, Agent);
        order.RecordPaymentResult(replacement.Transactions[0].Id, new PaymentResult(PaymentOutcome.Approved, "auth-2", 44.95m), Now);

        Assert.Null(order.ActiveHold(HoldKind.Payment));
    }

    [Fact]
    public void An_approval_that_arrives_after_the_replacement_is_voided_not_counted()
    {
        var order = WithPayment(out var old);
        var replacement = order.ReplacePayment(1, PaymentMethod.Card, "psp", "tok-new", null, Now, Agent);

        order.RecordPaymentResult(old.Id, Approved, Now);

        var first = order.Payments[0];
        Assert.Equal((44.95m, PaymentTransactionStatus.Abandoned), (first.Authorised, old.Status));
        var @void = Assert.Single(first.Pending(PaymentOperation.Void));
        Assert.Equal(44.95m, @void.Amount);
        Assert.Equal(0m, order.UncoveredAmount);
        Assert.Contains(replacement.Transactions[0].Id, order.PendingPaymentCalls().Select(c => c.Transaction.Id));
    }

    [Fact]
    public void An_authorised_instrument_cannot_be_replaced_and_nothing_changes()
    {
        var order = WithPayment(out var old);
        order.RecordPaymentResult(old.Id, Approved, Now);
        var timeline = order.Timeline.Count;

        Assert.Throws<InvalidTransitionException>(() => order.ReplacePayment(1, PaymentMethod.Card, "psp", "tok-new", null, Now, Agent));

        Assert.Single(order.Payments);
        Assert.Equal(timeline, order.Timeline.Count);
    }

    [Fact]
    public void A_replaced_instrument_cannot_be_replaced_again()
    {
        var order = WithPayment(out _);
        order.ReplacePayment(1, PaymentMethod.Card, "psp", "tok-new", null, Now, Agent);

        var refused = Assert.Throws<InvalidTransitionException>(() => order.ReplacePayment(1, PaymentMethod.Card, "psp", "tok-3", null, Now, Agent));

        Assert.Contains("replace that one instead", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_replacement_may_not_pay_more_than_is_left()
    {
        var order = WithPayment(out _);

        Assert.Throws<BusinessRuleException>(() => order.ReplacePayment(1, PaymentMethod.Card, "psp", "tok-new", 44.96m, Now, Agent));
        Assert.Throws<NotFoundException>(() => order.ReplacePayment(7, PaymentMethod.Card, "psp", "tok-new", null, Now, Agent));
    }
}
