using Oms.Domain.Common;
using Oms.Domain.Returns;
using static Oms.Domain.Tests.Returns.ReturnFixtures;

namespace Oms.Domain.Tests.Returns;

public sealed class ReturnOrderTests
{
    [Fact]
    public void A_requested_return_is_on_its_own_timeline_and_refers_to_the_order_by_id_and_number()
    {
        var spec = Spec(Line(2));

        var r = ReturnOrder.Request(spec, Now, Clerk);

        Assert.Equal((ReturnStatus.Requested, spec.OrderId, "OMS-TEST"), (r.Status, r.OrderId, r.OrderNumber));
        var entry = Assert.Single(r.Timeline);
        Assert.Equal(("return.requested", "user:sam@store-a"), (entry.Type, entry.Actor));
        Assert.Equal(
            "Return R-0001 requested for order OMS-TEST: 2 unit(s) in 1 line(s), reason changed-mind, shipped back, expected at DC1.",
            entry.Message);
    }

    [Fact]
    public void Restocked_units_become_sellable_stock_where_they_were_received_and_the_status_follows()
    {
        var r = Approved(Line(2));
        var line = r.Lines[0];

        var first = r.Receive([new(line.Id, 1, Disposition.Restock)], "STORE-B", Now, Clerk);
        Assert.Equal(ReturnStatus.PartlyReceived, r.Status);
        r.Receive([new(line.Id, 1, Disposition.Restock)], "STORE-B", Now, Clerk);

        Assert.Equal([new ReturnStockEffect("STORE-B", "SKU-1", 1, true, "return R-0001: Restock")], first);
        Assert.Equal(ReturnStatus.Received, r.Status);
        Assert.Equal(2, r.Receipts.Count);
        Assert.Contains(r.Timeline, t => t.Message == "Line 1: 1 × SKU-1 received at STORE-B (expected at DC1) as Restock.");
    }

    [Fact]
    public void Each_disposition_says_what_happens_to_stock()
    {
        var r = Approved(Line(6));
        var id = r.Lines[0].Id;

        var effects = r.Receive(
        [
            new(id, 1, Disposition.WriteOff), new(id, 1, Disposition.ReturnToVendor), new(id, 2, Disposition.NeedsInspection),
            new(id, 1, Disposition.Missing), new(id, 1, Disposition.WrongItem),
        ], "DC1", Now, Clerk);

        Assert.Equal([(1, false), (2, false)], effects.Select(e => (e.Quantity, e.Sellable)));
        Assert.Equal((6, 4), (r.Lines[0].ReceivedQuantity, r.Lines[0].GoodsReceivedQuantity));
        Assert.Equal(ReturnStatus.Received, r.Status);
    }

    [Fact]
    public void Receiving_more_than_expected_is_refused_and_changes_nothing()
    {
        var r = Approved(Line(2));
        var id = r.Lines[0].Id;
        r.Receive([new(id, 1, Disposition.Restock)], "DC1", Now, Clerk);
        var version = r.Version;

        var e = Assert.Throws<BusinessRuleException>(() =>
            r.Receive([new(id, 1, Disposition.Restock), new(id, 1, Disposition.WriteOff)], "DC1", Now, Clerk));

        Assert.Equal(["units[1].quantity"], e.Errors.Keys);
        Assert.Equal("Line 1 (SKU-1) expects 1 more unit(s) of 2; 2 were received in this call.", e.Errors["units[1].quantity"][0]);
        Assert.Equal((1, version, ReturnStatus.PartlyReceived), (r.Receipts.Count, r.Version, r.Status));
    }

    [Fact]
    public void Receiving_a_fully_received_return_again_is_refused()
    {
        var r = Approved(Line(1));
        var id = r.Lines[0].Id;
        r.Receive([new(id, 1, Disposition.Restock)], "DC1", Now, Clerk);

        Assert.Throws<BusinessRuleException>(() => r.Receive([new(id, 1, Disposition.Restock)], "DC1", Now, Clerk));
        Assert.Single(r.Receipts);
    }

    [Fact]
    public void A_unit_held_for_inspection_is_restocked_or_written_off_once()
    {
        var r = Approved(Line(2));
        var held = r.Receive([new(r.Lines[0].Id, 2, Disposition.NeedsInspection, "box opened")], "DC1", Now, Clerk);
        Assert.Equal([new ReturnStockEffect("DC1", "SKU-1", 2, false, "return R-0001: NeedsInspection")], held);

        var restock = r.Inspect(r.Receipts[0].Id, Disposition.Restock, null, Now, Clerk);
        var writeOff = r.Inspect(r.Receipts[1].Id, Disposition.WriteOff, "stained", Now, Clerk);

        Assert.Equal([(-1, false), (1, true)], restock.Select(e => (e.Quantity, e.Sellable)));
        Assert.Equal([(-1, false)], writeOff.Select(e => (e.Quantity, e.Sellable)));
        Assert.Equal((Disposition.NeedsInspection, Disposition.WriteOff, "stained"), (r.Receipts[1].ReceivedAs, r.Receipts[1].Disposition,
            r.Receipts[1].Note));
        Assert.Throws<InvalidTransitionException>(() => r.Inspect(r.Receipts[0].Id, Disposition.WriteOff, null, Now, Clerk));
        Assert.Throws<NotFoundException>(() => r.Inspect(Guid.Empty, Disposition.Restock, null, Now, Clerk));
    }

    [Fact]
    public void An_inspection_ends_in_restock_or_write_off_only()
    {
        var r = Approved(Line(1));
        r.Receive([new(r.Lines[0].Id, 1, Disposition.NeedsInspection)], "DC1", Now, Clerk);

        Assert.Throws<BusinessRuleException>(() => r.Inspect(r.Receipts[0].Id, Disposition.Missing, null, Now, Clerk));
        Assert.True(r.AwaitsInspection);
    }

    [Fact]
    public void A_return_cannot_close_while_a_unit_waits_for_inspection()
    {
        var r = Approved(Line(1));
        r.Receive([new(r.Lines[0].Id, 1, Disposition.NeedsInspection)], "DC1", Now, Clerk);

        Assert.Throws<InvalidTransitionException>(() => r.Close(Now, Clerk));
        r.Inspect(r.Receipts[0].Id, Disposition.Restock, null, Now, Clerk);
        r.Close(Now, Clerk);

        Assert.Equal(ReturnStatus.Closed, r.Status);
    }

    [Fact]
    public void Closing_short_says_how_many_units_never_came()
    {
        var r = Approved(Line(3));
        r.Receive([new(r.Lines[0].Id, 1, Disposition.Restock)], "DC1", Now, Clerk);

        r.Close(Now, Clerk);

        Assert.Equal("Return R-0001 closed short: 2 unit(s) never came in.", r.Timeline[^1].Message);
    }

    [Fact]
    public void Goods_may_come_in_while_the_approval_is_pending_and_the_status_follows_once_approved()
    {
        var r = ReturnOrder.Request(Spec(Line(1)), Now, Clerk);
        r.AwaitApproval(["the refund of 300.00 EUR is above the limit of 250.00 EUR"], Now, Actor.System);
        r.Receive([new(r.Lines[0].Id, 1, Disposition.Restock)], "DC1", Now, Clerk);
        Assert.Equal(ReturnStatus.AwaitingApproval, r.Status);

        r.Approve("receipt checked", Now, Finance);

        Assert.Equal((ReturnStatus.Received, "user:fin@hq"), (r.Status, r.DecidedBy));
        Assert.Contains(r.Timeline, t => t.Type == "return.approved" && t.Actor == "user:fin@hq");
    }

    [Fact]
    public void A_rejection_needs_a_reason_and_is_final()
    {
        var r = ReturnOrder.Request(Spec(Line(1)), Now, Clerk);
        r.AwaitApproval(["claim without return"], Now, Actor.System);

        Assert.Throws<BusinessRuleException>(() => r.Reject(" ", Now, Finance));
        r.Reject("outside warranty", Now, Finance);

        Assert.Equal(("Return R-0001 rejected: outside warranty.", 0), (r.Timeline[^1].Message, r.UnitsHeldFor(r.Lines[0].OrderLineId)));
        Assert.Throws<InvalidTransitionException>(() => r.Approve(null, Now, Finance));
        Assert.Throws<InvalidTransitionException>(() => r.Receive([new(r.Lines[0].Id, 1, Disposition.Restock)], "DC1", Now, Clerk));
    }

    [Fact]
    public void A_return_can_be_cancelled_until_something_comes_in()
    {
        var cancelled = Approved(Line(1));
        cancelled.Cancel("customer kept it", Now, Clerk);
        Assert.Equal(ReturnStatus.Cancelled, cancelled.Status);

        var received = Approved(Line(2));
        received.Receive([new(received.Lines[0].Id, 1, Disposition.Restock)], "DC1", Now, Clerk);
        Assert.Throws<InvalidTransitionException>(() => received.Cancel("too late", Now, Clerk));
    }

    [Fact]
    public void A_claim_without_goods_back_receives_nothing_and_closes_once_approved()
    {
        var spec = Spec(Line(1)) with { Kind = ReturnKind.Claim, ReasonCode = "lost-in-transit", GoodsBack = false,
            Method = ReturnMethod.NoGoodsBack, ExpectedLocationCode = null };
        var r = ReturnOrder.Request(spec, Now, Clerk);
        r.Approve(null, Now, Finance);

        Assert.Throws<InvalidTransitionException>(() => r.Receive([new(r.Lines[0].Id, 1, Disposition.Restock)], "DC1", Now, Clerk));
        r.Close(Now, Finance);
        Assert.Equal(ReturnStatus.Closed, r.Status);
    }

    [Fact]
    public void Only_a_claim_may_keep_the_goods()
    {
        var spec = Spec(Line(1)) with { GoodsBack = false, Method = ReturnMethod.NoGoodsBack, ExpectedLocationCode = null };

        var e = Assert.Throws<BusinessRuleException>(() => ReturnOrder.Request(spec, Now, Clerk));

        Assert.Equal(["reason"], e.Errors.Keys);
    }

    [Fact]
    public void A_refund_is_booked_once_per_unit_and_only_when_approved()
    {
        var line = Line(2);
        var pending = ReturnOrder.Request(Spec(line), Now, Clerk);
        var refund = RefundCalculator.Calculate(Input("EUR", ChangedMind,
            new RefundLineInput(line.OrderLineId, 1, "SKU-1", 2, 10m, 0m, 0m, 2)));
        Assert.Throws<InvalidTransitionException>(() => pending.RecordRefund(refund, 0m, "to the card", Now, Clerk));

        pending.Approve(null, Now, Clerk);
        pending.RecordRefund(refund, 0m, "to the card", Now, Clerk);

        Assert.Equal((2, 20m, 20m), (pending.Lines[0].RefundedQuantity, pending.Lines[0].RefundedAmount, pending.RefundedTotal));
        Assert.Throws<ConflictException>(() => pending.RecordRefund(refund, 0m, "to the card", Now, Clerk));
        Assert.Equal(
            "Refund of 20.00 EUR for return R-0001: goods 20.00 EUR, shipping 0.00 EUR, restocking fee 0.00 EUR, goodwill 0.00 EUR; to the card.",
            pending.Timeline[^1].Message);
    }

    [Fact]
    public void Acting_in_the_wrong_status_is_an_invalid_transition()
    {
        var r = Approved(Line(1));

        Assert.Throws<InvalidTransitionException>(() => r.AwaitApproval(["x"], Now, Clerk));
        Assert.Throws<InvalidTransitionException>(() => r.Close(Now, Clerk));
        r.Cancel("changed", Now, Clerk);
        Assert.Throws<InvalidTransitionException>(() => r.Cancel("again", Now, Clerk));
    }
}
