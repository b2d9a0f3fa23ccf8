using Oms.Domain.Common;
using Oms.Domain.Inventory;
using Oms.Domain.Returns;
using static Oms.Domain.Tests.Returns.ReturnFixtures;

namespace Oms.Domain.Tests.Returns;

/// <summary>Units held for inspection or for the vendor: decided by a person, once, at the location that holds them.</summary>
public sealed class HeldUnitsTests
{
    [Fact]
    public void Held_units_of_a_line_are_decided_earliest_first_and_restocked_units_become_sellable_where_they_are_held()
    {
        var r = Approved(Line(3));
        var id = r.Lines[0].Id;
        r.Receive([new(id, 2, Disposition.NeedsInspection), new(id, 1, Disposition.Restock)], "STORE-B", Now, Clerk);

        var outcome = r.DecideHeld(new HeldUnitsDecision(null, id, 2, InspectionDecision.Restock, " as new "), Now, Finance);

        Assert.Equal([1, 2], outcome.Decided.Select(d => d.Sequence));
        Assert.Equal(
            [new ReturnStockEffect("STORE-B", "SKU-1", -2, false, "return R-0001: held units decided, Restock"),
                new ReturnStockEffect("STORE-B", "SKU-1", 2, true, "return R-0001: held units decided, Restock")],
            outcome.Effects);
        Assert.All(outcome.Decided, d => Assert.Equal((Disposition.Restock, "user:fin@hq", "as new"), (d.Disposition, d.InspectedBy, d.Note)));
        Assert.False(r.AwaitsInspection);
        Assert.Equal("Line 1: 2 × SKU-1 held at STORE-B (unit(s) 1, 2) decided: Restock (as new).", r.Timeline[^1].Message);
        r.Close(Now, Clerk);
        Assert.Equal(ReturnStatus.Closed, r.Status);
    }

    [Fact]
    public void A_unit_held_for_the_vendor_is_sent_back_and_leaves_the_stock_for_good_even_after_the_return_closed()
    {
        var r = Approved(Line(1));
        r.Receive([new(r.Lines[0].Id, 1, Disposition.ReturnToVendor)], "DC1", Now, Clerk);
        r.Close(Now, Clerk);

        var outcome = r.DecideHeld(new HeldUnitsDecision(r.Receipts[0].Id, null, 1, InspectionDecision.ReturnToVendor), Now, Clerk);

        Assert.Equal([(-1, false)], outcome.Effects.Select(e => (e.Quantity, e.Sellable)));
        Assert.False(ReturnOrder.IsHeld(r.Receipts[0]));
        Assert.Equal(Disposition.ReturnToVendor, r.Receipts[0].Disposition);
    }

    [Fact]
    public void A_unit_decided_twice_is_a_conflict_and_more_units_than_held_are_refused_without_deciding_any()
    {
        var r = Approved(Line(2));
        var id = r.Lines[0].Id;
        r.Receive([new(id, 1, Disposition.NeedsInspection), new(id, 1, Disposition.WriteOff)], "DC1", Now, Clerk);
        var version = r.Version;

        var tooMany = Assert.Throws<BusinessRuleException>(() =>
            r.DecideHeld(new HeldUnitsDecision(null, id, 2, InspectionDecision.WriteOff), Now, Clerk));
        Assert.Equal(["quantity"], tooMany.Errors.Keys);
        Assert.Throws<InvalidTransitionException>(() =>
            r.DecideHeld(new HeldUnitsDecision(r.Receipts[1].Id, null, 1, InspectionDecision.Restock), Now, Clerk));
        Assert.Throws<BusinessRuleException>(() =>
            r.DecideHeld(new HeldUnitsDecision(r.Receipts[0].Id, null, 2, InspectionDecision.Restock), Now, Clerk));
        Assert.Throws<BusinessRuleException>(() => r.DecideHeld(new HeldUnitsDecision(null, null, 1, InspectionDecision.Restock), Now, Clerk));
        Assert.Throws<NotFoundException>(() => r.DecideHeld(new HeldUnitsDecision(Guid.NewGuid(), null, 1, InspectionDecision.Restock), Now, Clerk));
        Assert.Equal(version, r.Version);
        Assert.True(r.AwaitsInspection);

        r.DecideHeld(new HeldUnitsDecision(r.Receipts[0].Id, null, 1, InspectionDecision.WriteOff), Now, Clerk);
        Assert.Throws<InvalidTransitionException>(() =>
            r.DecideHeld(new HeldUnitsDecision(r.Receipts[0].Id, null, 1, InspectionDecision.Restock), Now, Clerk));
    }

    [Fact]
    public void Units_of_a_line_held_at_two_locations_are_decided_at_the_one_named()
    {
        var r = Approved(Line(2));
        var id = r.Lines[0].Id;
        r.Receive([new(id, 1, Disposition.NeedsInspection)], "DC1", Now, Clerk);
        r.Receive([new(id, 1, Disposition.NeedsInspection)], "STORE-B", Now, Clerk);

        var unnamed = Assert.Throws<BusinessRuleException>(() =>
            r.DecideHeld(new HeldUnitsDecision(null, id, 1, InspectionDecision.Restock), Now, Clerk));
        var outcome = r.DecideHeld(new HeldUnitsDecision(null, id, 1, InspectionDecision.Restock, Location: "store-b"), Now, Clerk);

        Assert.Equal(["location"], unnamed.Errors.Keys);
        Assert.Equal("STORE-B", outcome.LocationCode);
        Assert.True(ReturnOrder.IsHeld(r.Receipts[0]));
    }

    [Fact]
    public void A_held_stock_record_is_made_only_for_a_held_unit_and_is_decided_once()
    {
        var r = Approved(Line(2));
        r.Receive([new(r.Lines[0].Id, 1, Disposition.NeedsInspection, "box opened"), new(r.Lines[0].Id, 1, Disposition.Restock)], "DC1",
            Now, Clerk);

        var held = HeldStock.ForReturn(r, r.Receipts[0], Now);
        Assert.Throws<BusinessRuleException>(() => HeldStock.ForReturn(r, r.Receipts[1], Now));

        Assert.Equal(("DC1", "SKU-1", 1, Disposition.NeedsInspection, "box opened", r.Receipts[0].Id),
            (held.LocationCode, held.Sku, held.Quantity, held.Reason, held.Note, held.ReturnReceiptId));
        held.Decide(InspectionDecision.WriteOff, " torn ", Now, Finance);
        Assert.Equal((false, InspectionDecision.WriteOff, "torn", "user:fin@hq"), (held.IsOpen, held.Decision, held.DecisionNote, held.DecidedBy));
        Assert.Throws<ConflictException>(() => held.Decide(InspectionDecision.Restock, null, Now, Finance));
    }
}
