using Oms.Domain.Common;
using Oms.Domain.Orders;
using Oms.Domain.OrderWorkflows;
using Oms.Domain.Returns;
using static Oms.Domain.Tests.Returns.ReturnFixtures;

namespace Oms.Domain.Tests.Returns;

public sealed class ReturnOrderExchangeTests
{
    private static readonly Actor Agent = new("agent", "anna");

    private static ReturnOrder Exchange(params NewReturnLine[] lines)
        => ReturnOrder.Request(Spec(lines.Length == 0 ? [Line()] : lines) with { Kind = ReturnKind.Exchange }, Now, Agent);

    [Fact]
    public void An_exchange_keeps_its_credit_and_what_the_replacements_cost_and_says_who_pays_the_difference()
    {
        var more = Exchange();
        more.OfferExchange(20m, 25m, ExchangeReleaseMode.OnReceipt, "1 × SKU-2", Now, Agent);
        var less = Exchange();
        less.OfferExchange(20m, 15m, ExchangeReleaseMode.Advance, "1 × SKU-3", Now, Agent);

        Assert.Equal((5m, 20m, 0m), (more.ExchangeDifference, more.ExchangeCreditApplied, more.ExchangeCreditLeft));
        Assert.Equal((-5m, 15m, 5m), (less.ExchangeDifference, less.ExchangeCreditApplied, less.ExchangeCreditLeft));
        var entry = more.Timeline[^1];
        Assert.Equal(("return.exchange-requested", "agent:anna"), (entry.Type, entry.Actor));
        Assert.Equal("Exchange R-0001: credit 20.00 EUR for the returned units, replacements 1 × SKU-2 for 25.00 EUR: the customer pays " +
            "5.00 EUR; released when the goods are received.", entry.Message);
        Assert.Contains("5.00 EUR is refunded once the goods are received; released at once.", less.Timeline[^1].Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Only_an_exchange_has_replacements_and_its_terms_are_set_once()
    {
        var plain = ReturnOrder.Request(Spec(Line()), Now, Clerk);
        var ex = Assert.Throws<BusinessRuleException>(() => plain.OfferExchange(10m, 10m, ExchangeReleaseMode.OnReceipt, "x", Now, Clerk));
        Assert.Contains("replacements", ex.Errors.Keys);

        var exchange = Exchange();
        exchange.OfferExchange(10m, 10m, ExchangeReleaseMode.OnReceipt, "1 × SKU-2", Now, Clerk);
        Assert.Throws<InvalidTransitionException>(() => exchange.OfferExchange(10m, 12m, ExchangeReleaseMode.OnReceipt, "x", Now, Clerk));
        Assert.Equal(10m, exchange.ReplacementTotal);
    }

    [Fact]
    public void The_exchange_order_is_linked_once_a_retry_changes_nothing_and_another_order_is_refused()
    {
        var r = Exchange();
        r.OfferExchange(10m, 10m, ExchangeReleaseMode.OnReceipt, "1 × SKU-2", Now, Agent);
        var order = Guid.NewGuid();

        Assert.True(r.RecordExchangeOrder(order, "OMS-X1", Now, Agent));
        var version = r.Version;
        Assert.False(r.RecordExchangeOrder(order, "OMS-X1", Now, Agent));
        Assert.Throws<ConflictException>(() => r.RecordExchangeOrder(Guid.NewGuid(), "OMS-X2", Now, Agent));

        Assert.Equal((order, "OMS-X1", version), (r.ExchangeOrderId, r.ExchangeOrderNumber, r.Version));
        var created = Assert.Single(r.Timeline, t => t.Type == "return.exchange-order-created");
        Assert.Equal("Exchange order OMS-X1 captured for return R-0001; it waits for the goods before it is released.", created.Message);
        Assert.Equal("agent:anna", created.Actor);
    }

    [Fact]
    public void The_goods_are_in_only_when_every_unit_came_back_as_the_sold_item()
    {
        var r = Exchange(Line(2));
        r.OfferExchange(20m, 20m, ExchangeReleaseMode.OnReceipt, "2 × SKU-2", Now, Agent);
        var line = r.Lines[0];

        r.Receive([new(line.Id, 1, Disposition.Restock)], "DC1", Now, Clerk);
        Assert.False(r.AllGoodsIn);
        r.Receive([new(line.Id, 1, Disposition.WrongItem)], "DC1", Now, Clerk);
        Assert.False(r.AllGoodsIn);

        var other = Exchange(Line(2));
        other.Receive([new(other.Lines[0].Id, 2, Disposition.NeedsInspection)], "DC1", Now, Clerk);
        Assert.True(other.AllGoodsIn);
    }

    [Fact]
    public void A_failed_exchange_order_and_a_release_are_on_the_return_timeline()
    {
        var r = Exchange();
        Assert.Throws<InvalidTransitionException>(() => r.RecordExchangeOrderFailed("no stock", Now, Agent));
        r.OfferExchange(10m, 10m, ExchangeReleaseMode.OnReceipt, "1 × SKU-2", Now, Agent);
        Assert.Throws<InvalidTransitionException>(() => r.RecordExchangeReleased(Now, Agent));

        r.RecordExchangeOrderFailed("Unknown SKU 'SKU-2'.", Now, Agent);
        r.RecordExchangeOrder(Guid.NewGuid(), "OMS-X1", Now, Agent);
        r.RecordExchangeReleased(Now, Clerk);

        Assert.Equal(["return.exchange-order-failed", "return.exchange-order-created", "return.exchange-released"],
            r.Timeline.Skip(2).Select(t => t.Type));
    }

    [Fact]
    public void An_awaiting_return_hold_holds_back_the_release_only_and_the_receipt_lifts_it_once()
    {
        var order = OrderBuilder.Capture(OrderBuilder.Ship());
        order.AwaitReturn("R-0001", Now, Agent);

        Assert.False(order.HoldsBack(WorkflowStep.FraudCheck));
        Assert.False(order.HoldsBack(WorkflowStep.Sourcing));
        Assert.True(order.HoldsBack(WorkflowStep.Release));
        Assert.True(order.HasActiveHold);
        Assert.Equal("exchange for return R-0001: released when its goods are received", order.ActiveHold(HoldKind.AwaitingReturn)!.Reason);

        Assert.True(order.ReturnArrived("R-0001", Now, Clerk));
        Assert.False(order.ReturnArrived("R-0001", Now, Clerk));
        Assert.False(order.HoldsBack(WorkflowStep.Release));
        Assert.Contains(order.Timeline, t => t.Type == "hold.lifted" && t.Message.StartsWith("Awaiting return hold lifted", StringComparison.Ordinal));

        order.PlaceHold(HoldKind.Fraud, "review", Now, Agent);
        Assert.True(order.HoldsBack(WorkflowStep.Sourcing));
    }
}
