using Oms.Domain.Common;
using Oms.Domain.Orders;
using Oms.Domain.Returns;
using static Oms.Domain.Tests.Returns.ReturnFixtures;

namespace Oms.Domain.Tests.Returns;

public sealed class ReturnEligibilityTests
{
    private static readonly ReturnPolicy Policy = new(30, ReturnPolicy.Default.Reasons,
        windowDaysByChannel: new Dictionary<string, int> { ["marketplace"] = 14 },
        nonReturnableSkus: ["GIFT-CARD"], nonReturnableCategories: ["swimwear"]);

    private static SoldLine Delivered(string sku = "SKU-1", int qty = 2, int daysAgo = 20, int returned = 0, string? category = null,
        LineStatus status = LineStatus.Delivered)
        => new(Guid.NewGuid(), 1, sku, category, qty, status, Now.AddDays(-daysAgo), returned);

    private static EligibilityResult Check(SoldLine line, int qty, string channel = "web", string reason = "changed-mind")
        => ReturnEligibility.Check(Policy, channel, reason, [line], [new(line.OrderLineId, qty)], Now);

    [Fact]
    public void The_return_window_is_the_channels()
    {
        var line = Delivered(daysAgo: 20);

        Assert.True(Check(line, 1, "web").IsEligible);
        var refused = Check(line, 1, "marketplace");
        Assert.False(refused.IsEligible);
        Assert.Equal("Line 1 (SKU-1): the 14-day return window ended on 2026-10-27.", refused.Lines[0].Refusal);
    }

    [Fact]
    public void A_claim_is_not_bound_by_the_return_window_and_may_be_for_a_parcel_lost_on_the_way()
    {
        var lost = Delivered(daysAgo: 60, status: LineStatus.Shipped);

        Assert.True(Check(lost, 2, reason: "lost-in-transit").IsEligible);
        Assert.False(Check(lost, 2).IsEligible);
    }

    [Fact]
    public void Non_returnable_skus_and_categories_are_refused_naming_the_line()
    {
        Assert.Equal("Line 1 (GIFT-CARD) cannot be returned: the SKU is not returnable.",
            Check(Delivered("GIFT-CARD"), 1).Lines[0].Refusal);
        Assert.Equal("Line 1 (SKU-1) cannot be returned: category Swimwear is not returnable.",
            Check(Delivered(category: "Swimwear"), 1).Lines[0].Refusal);
    }

    [Fact]
    public void More_than_was_sold_is_refused()
    {
        var result = Check(Delivered(qty: 2), 3);

        Assert.Equal("Line 1 (SKU-1): 3 unit(s) asked, but only 2 of 2 can come back.", result.Lines[0].Refusal);
        var e = Assert.Throws<BusinessRuleException>(result.ThrowIfRefused);
        Assert.Equal(["lines[0]"], e.Errors.Keys);
    }

    [Fact]
    public void Units_already_returned_or_requested_cannot_come_back_again()
    {
        var line = Delivered(qty: 3, returned: 2);

        Assert.True(Check(line, 1).IsEligible);
        Assert.Equal("Line 1 (SKU-1): 2 unit(s) asked, but only 1 of 3 can come back (2 already returned or requested).",
            Check(line, 2).Lines[0].Refusal);
    }

    [Fact]
    public void The_same_line_asked_twice_in_one_request_counts_both()
    {
        var line = Delivered(qty: 2);

        var result = ReturnEligibility.Check(Policy, "web", "changed-mind", [line],
            [new(line.OrderLineId, 1), new(line.OrderLineId, 2)], Now);

        Assert.True(result.Lines[0].Eligible);
        Assert.False(result.Lines[1].Eligible);
    }

    [Fact]
    public void A_line_that_has_not_reached_the_customer_or_was_cancelled_cannot_come_back()
    {
        Assert.Contains("has not reached the customer yet; cancel it instead",
            Check(Delivered(status: LineStatus.Packed), 1).Lines[0].Refusal, StringComparison.Ordinal);
        Assert.Contains("was Cancelled", Check(Delivered(status: LineStatus.Cancelled), 1).Lines[0].Refusal, StringComparison.Ordinal);
        Assert.True(Check(Delivered(status: LineStatus.CarriedOut), 1).IsEligible);
        Assert.True(Check(Delivered(status: LineStatus.Collected), 1).IsEligible);
    }

    [Fact]
    public void An_unknown_reason_is_refused_listing_the_reasons()
    {
        var result = Check(Delivered(), 1, reason: "bored");

        Assert.False(result.IsEligible);
        Assert.StartsWith("'bored' is not a return reason; choose one of changed-mind", result.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_policy_with_errors_is_refused_with_every_field()
    {
        var e = Assert.Throws<BusinessRuleException>(() => new ReturnPolicy(-1,
            [new ReturnReason("ok", "fine"), new ReturnReason("ok", ""), new ReturnReason("fee", "Fee", RestockingFeePercent: 120m)]));

        Assert.Equal(["defaultWindowDays", "reasons[1].code", "reasons[1].description", "reasons[2].restockingFeePercent"],
            e.Errors.Keys.Order(StringComparer.Ordinal));
    }
}
