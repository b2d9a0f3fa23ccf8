using Oms.Domain.Common;
using Oms.Domain.Returns;
using static Oms.Domain.Tests.Returns.ReturnFixtures;

namespace Oms.Domain.Tests.Returns;

/// <summary>The refund due is a statement kept on the return: it replaces the last one and pays nothing.</summary>
public sealed class RefundDueTests
{
    [Fact]
    public void A_stated_refund_due_is_kept_explained_and_replaced_but_nothing_counts_as_refunded()
    {
        var r = Approved(Line(2));
        var line = r.Lines[0];
        r.Receive([new(line.Id, 1, Disposition.Restock)], "DC1", Now, Clerk);

        r.StateRefundDue(RefundCalculator.Calculate(Input("EUR", ChangedMind, Sold(2, 10m, 0m, 2.10m, 1, id: line.OrderLineId))), Now,
            Clerk);
        Assert.Equal(11.05m, r.RefundDue);
        r.StateRefundDue(RefundCalculator.Calculate(Input("EUR", ChangedMind, Sold(2, 10m, 0m, 2.10m, 2, id: line.OrderLineId))), Now,
            Clerk);

        Assert.Equal(22.10m, r.RefundDue);
        Assert.Contains("20.00 EUR: Line 1 (SKU-1): 2 unit(s) at 10.00 EUR", r.RefundDueExplanation, StringComparison.Ordinal);
        Assert.Equal((0m, 0), (r.RefundedTotal, r.Lines[0].RefundedQuantity));
        Assert.Equal(2, r.Timeline.Count(t => t.Type == "return.refund-due"));
    }

    [Fact]
    public void A_refund_due_in_another_currency_is_refused()
    {
        var r = Approved(Line(1));
        var usd = RefundCalculator.Calculate(Input("USD", ChangedMind, Sold(1, 10m, 0m, 0m, 1, id: r.Lines[0].OrderLineId)));

        Assert.Throws<BusinessRuleException>(() => r.StateRefundDue(usd, Now, Clerk));
        Assert.Null(r.RefundDue);
    }
}
