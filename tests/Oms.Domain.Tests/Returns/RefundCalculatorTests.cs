using Oms.Domain.Common;
using Oms.Domain.Returns;
using static Oms.Domain.Tests.Returns.ReturnFixtures;

namespace Oms.Domain.Tests.Returns;

public sealed class RefundCalculatorTests
{
    [Fact]
    public void A_partial_return_of_a_discounted_line_refunds_the_units_share_of_price_discount_and_tax()
    {
        // 3 × 19.99 with 6.00 off and 9.60 tax: one unit is 19.99 − 2.00 + 3.20.
        var refund = RefundCalculator.Calculate(Input("EUR", ChangedMind, Sold(3, 19.99m, 6.00m, 9.60m, quantity: 1)));

        Assert.Equal(21.19m, refund.Total);
        Assert.Equal([(RefundEntryKind.UnitPrice, 19.99m), (RefundEntryKind.LineDiscount, -2.00m), (RefundEntryKind.Tax, 3.20m)],
            refund.Entries.Select(e => (e.Kind, e.Amount)));
        Assert.Equal(refund.Total, refund.Entries.Sum(e => e.Amount));
        Assert.Contains("Line 1 (SKU-1)", refund.Entries[1].Text, StringComparison.Ordinal);
        Assert.Equal(0m, refund.Shipping);
    }

    [Fact]
    public void A_full_return_refunds_the_shipping_charge()
    {
        var input = Input("EUR", ChangedMind, Sold(2, 25m, 0m, 0m, quantity: 2)) with { ShippingCharge = 4.95m, WholeOrderReturned = true };

        var refund = RefundCalculator.Calculate(input);

        Assert.Equal((50m, 4.95m, 54.95m), (refund.Goods, refund.Shipping, refund.Total));
        Assert.Contains(refund.Entries,
            e => e.Kind == RefundEntryKind.Shipping && e.Text.Contains("whole order", StringComparison.Ordinal));
    }

    [Fact]
    public void Shipping_is_refunded_once_even_when_the_rest_of_the_order_comes_back_later()
    {
        var input = Input("EUR", Damaged, Sold(2, 25m, 0m, 0m, quantity: 1))
            with { ShippingCharge = 4.95m, ShippingPreviouslyRefunded = 4.95m, WholeOrderReturned = true };

        Assert.Equal(0m, RefundCalculator.Calculate(input).Shipping);
    }

    [Fact]
    public void Shipping_follows_the_configured_rule_when_we_were_at_fault()
    {
        var atFault = Input("EUR", Damaged, Sold(2, 25m, 0m, 0m, quantity: 1)) with { ShippingCharge = 4.95m };

        Assert.Equal(4.95m, RefundCalculator.Calculate(atFault).Shipping);
        Assert.Equal(0m, RefundCalculator.Calculate(atFault with { ShippingRule = ShippingRefundRule.WhenWholeOrderReturned }).Shipping);
        Assert.Equal(0m, RefundCalculator.Calculate(atFault with { Reason = ChangedMind }).Shipping);
    }

    [Fact]
    public void A_restocking_fee_is_kept_per_reason_as_percent_plus_flat_amount()
    {
        var reason = new ReturnReason("opened", "Opened item", RestockingFeePercent: 10m,
            RestockingFeeFlat: new Dictionary<string, decimal> { ["EUR"] = 2.50m });

        var refund = RefundCalculator.Calculate(Input("EUR", reason, Sold(4, 25m, 0m, 0m, quantity: 4)));

        Assert.Equal((100m, 12.50m, 87.50m), (refund.Goods, refund.RestockingFee, refund.Total));
        Assert.Contains("10% of the goods + 2.50 EUR", refund.Entries.Single(e => e.Kind == RefundEntryKind.RestockingFee).Text,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_restocking_fee_never_exceeds_the_goods_refunded()
    {
        var reason = new ReturnReason("opened", "Opened item", RestockingFeeFlat: new Dictionary<string, decimal> { ["EUR"] = 5m });

        var refund = RefundCalculator.Calculate(Input("EUR", reason, Sold(1, 3m, 0m, 0m, quantity: 1)));

        Assert.Equal((3m, 0m), (refund.RestockingFee, refund.Total));
    }

    [Fact]
    public void Goodwill_is_added_with_its_reason()
    {
        var input = Input("EUR", ChangedMind, Sold(1, 10m, 0m, 0m, quantity: 1)) with { Goodwill = [new(5m, "late delivery")] };

        var refund = RefundCalculator.Calculate(input);

        Assert.Equal((5m, 15m), (refund.Goodwill, refund.Total));
        Assert.Equal("Goodwill: late delivery", refund.Entries[^1].Text);
    }

    [Fact]
    public void Yen_refunds_are_whole_yen_and_three_returns_add_up_to_the_line_total()
    {
        // 3 × 1000 JPY, 100 off, 290 tax: 3190 in all; a third of 100 or 290 is not a whole yen.
        var id = Guid.NewGuid();
        var refunds = ReturnOneByOne(id, "JPY", ordered: 3, price: 1000m, discount: 100m, tax: 290m);

        Assert.Equal([1064m, 1062m, 1064m], refunds);
        Assert.Equal(3190m, refunds.Sum());
    }

    [Fact]
    public void Kuwaiti_dinar_refunds_keep_three_decimals()
    {
        var refund = RefundCalculator.Calculate(Input("KWD", ChangedMind, Sold(3, 4.250m, 0.100m, 0.655m, quantity: 1)));

        // 4.250 − 0.033 + 0.218 (a third of 0.100 and of 0.655, to the fils).
        Assert.Equal(4.435m, refund.Total);
        Assert.Contains("4.250 KWD", refund.Entries[0].Text, StringComparison.Ordinal);
        Assert.Equal(3, CurrencyMinorUnits.Decimals("KWD"));
        Assert.Equal(3, CurrencyMinorUnits.Decimals("bhd"));
        Assert.Equal(0, CurrencyMinorUnits.Decimals("JPY"));
        Assert.Equal(2, CurrencyMinorUnits.Decimals("EUR"));
    }

    [Fact]
    public void Returning_every_unit_over_three_returns_refunds_exactly_the_line_total()
    {
        // 3 × 9.99 with 1.00 off and 2.00 tax = 30.97; thirds of 1.00 and 2.00 do not divide into cents.
        var refunds = ReturnOneByOne(Guid.NewGuid(), "EUR", ordered: 3, price: 9.99m, discount: 1.00m, tax: 2.00m);

        Assert.Equal(30.97m, refunds.Sum());
        Assert.All(refunds, r => Assert.Equal(r, Math.Round(r, 2)));
    }

    [Fact]
    public void Returning_seven_units_in_uneven_parts_refunds_exactly_the_line_total()
    {
        var id = Guid.NewGuid();
        var (units, amount, paid) = (0, 0m, new List<decimal>());
        foreach (var part in new[] { 2, 2, 3 })
        {
            var r = RefundCalculator.Calculate(Input("EUR", ChangedMind, Sold(7, 3.33m, 1.01m, 4.37m, part, units, amount, id)));
            paid.Add(r.Total);
            (units, amount) = (units + part, amount + r.Goods);
        }

        Assert.Equal(7 * 3.33m - 1.01m + 4.37m, paid.Sum());
    }

    [Fact]
    public void The_last_units_refund_only_what_is_left_when_earlier_refunds_paid_more()
    {
        // An earlier refund (say, before a correction) paid 10.00 for 1 of 2 units of a 15.00 line: the last unit gets 5.00.
        var line = Sold(2, 7.50m, 0m, 0m, quantity: 1, before: 1, beforeAmount: 10m);
        var refund = RefundCalculator.Calculate(Input("EUR", ChangedMind, line));

        Assert.Equal(5m, refund.Total);
        Assert.Contains(refund.Entries, e => e.Kind == RefundEntryKind.Cap && e.Amount == -2.50m);
    }

    [Fact]
    public void More_units_than_were_sold_are_refused()
    {
        var e = Assert.Throws<BusinessRuleException>(() =>
            RefundCalculator.Calculate(Input("EUR", ChangedMind, Sold(2, 10m, 0m, 0m, quantity: 2, before: 1))));

        Assert.Contains("lines[0].quantity", e.Errors.Keys);
    }

    [Fact]
    public void An_order_discount_is_shared_over_lines_to_the_cent()
    {
        var (a, b, c) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

        var shares = RefundCalculator.ShareOrderDiscount(10m, [(a, 10m), (b, 10m), (c, 10m)], "EUR");

        Assert.Equal(10m, shares.Values.Sum());
        Assert.Equal([3.34m, 3.33m, 3.33m], new[] { shares[a], shares[b], shares[c] });
    }

    private static List<decimal> ReturnOneByOne(Guid id, string currency, int ordered, decimal price, decimal discount, decimal tax)
    {
        var (units, amount, paid) = (0, 0m, new List<decimal>());
        for (var i = 0; i < ordered; i++)
        {
            var r = RefundCalculator.Calculate(Input(currency, ChangedMind, Sold(ordered, price, discount, tax, 1, units, amount, id)));
            Assert.Equal(r.Total, r.Entries.Sum(e => e.Amount));
            paid.Add(r.Total);
            (units, amount) = (units + 1, amount + r.Goods);
        }
        return paid;
    }
}
