using Oms.Domain.Payments;
using Oms.Domain.Returns;

namespace Oms.Benchmarks.Returns;

/// <summary>
/// Three refunds as shops see them, fixed so that runs compare: one unit of a two-line order back to its card; the rest of
/// five discounted lines after an earlier return, which completes the order (shipping refunded) under a reason with a
/// restocking fee; a 20-line order returned whole, over a card, a gift card and store credit. Each is checked once when
/// built, so that a benchmark never times a refusal.
/// </summary>
internal static class RefundCases
{
    private const string Eur = "EUR";
    private const decimal Shipping = 4.95m;
    private static readonly ReturnReason DoesNotFit = ReturnPolicy.Default.Reason("does-not-fit")!;
    private static readonly ReturnReason ChangedMindWithFee = new("changed-mind", "Changed my mind", RestockingFeePercent: 10m,
        RestockingFeeFlat: new Dictionary<string, decimal>(StringComparer.Ordinal) { [Eur] = 2.50m });

    public static IReadOnlyList<RefundCase> All { get; } = [OneLine(), FiveLinesPartial(), TwentyLinesWhole()];

    /// <summary>1 of 1 unit of the first line of a two-line order: no shipping, no fee, back to the card.</summary>
    private static RefundCase OneLine()
    {
        var line = new RefundLineInput(Guid.CreateVersion7(), 1, "SKU-0001", 1, 29.95m, 0m, 6.29m, 1);
        var input = new RefundInput(Eur, [line], DoesNotFit, ShippingRefundRule.WholeOrderOrAtFault, Shipping);
        return Checked(new("1 line, 1 unit", input, [Card(1, 29.95m + 6.29m + Shipping)], RefundAllocationPolicy.GiftCardsLast));
    }

    /// <summary>
    /// Five lines of three units, each with a line discount and a share of an order discount; one unit of each came back
    /// before, the other two now: the last units take what is left of each line, the shipping charge goes back, and the
    /// reason keeps 10% of the goods plus 2.50. Paid by card and a gift card, gift cards refunded last.
    /// </summary>
    private static RefundCase FiveLinesPartial()
    {
        var sold = Enumerable.Range(1, 5).Select(n => new RefundLineInput(Guid.CreateVersion7(), n, $"SKU-{n:0000}", 3, 19.95m + n * 10m,
            LineDiscount: 3m * n, LineTax: Math.Round((3 * (19.95m + n * 10m) - 3m * n - 2m) * 0.21m, 2), Quantity: 1,
            OrderDiscountShare: 2m)).ToList();
        var earlier = RefundCalculator.Calculate(new RefundInput(Eur, sold, ChangedMindWithFee, ShippingRefundRule.WholeOrderOrAtFault,
            Shipping));
        var rest = sold
            .Select((l, i) => l with { Quantity = 2, PreviouslyRefundedUnits = 1, PreviouslyRefundedAmount = earlier.Lines[i].Amount })
            .ToList();
        var input = new RefundInput(Eur, rest, ChangedMindWithFee, ShippingRefundRule.WholeOrderOrAtFault, Shipping,
            WholeOrderReturned: true);
        var paid = sold.Sum(l => l.LineTotal) + Shipping;
        return Checked(new("5 lines, rest of a partial return", input,
            [Card(1, paid - 150m, refunded: earlier.Total), new RefundInstrument(2, PaymentMethod.GiftCard, "giftcards", 150m, 0m)],
            RefundAllocationPolicy.GiftCardsLast));
    }

    /// <summary>Twenty lines of 1–4 units, every third discounted, all back: goods and shipping over three instruments.</summary>
    private static RefundCase TwentyLinesWhole()
    {
        var lines = Enumerable.Range(1, 20).Select(n =>
        {
            var quantity = 1 + n % 4;
            var price = 9.95m + n * 2.5m;
            var discount = n % 3 == 0 ? Math.Round(quantity * price * 0.15m, 2) : 0m;
            return new RefundLineInput(Guid.CreateVersion7(), n, $"SKU-{n:0000}", quantity, price, discount,
                Math.Round((quantity * price - discount) * 0.21m, 2), quantity);
        }).ToList();
        var input = new RefundInput(Eur, lines, DoesNotFit, ShippingRefundRule.WholeOrderOrAtFault, Shipping, WholeOrderReturned: true);
        var paid = lines.Sum(l => l.LineTotal) + Shipping;
        return Checked(new("20 lines, whole order", input,
            [
                Card(1, paid - 75m),
                new RefundInstrument(2, PaymentMethod.GiftCard, "giftcards", 50m, 0m),
                new RefundInstrument(3, PaymentMethod.StoreCredit, "oms", 25m, 0m),
            ],
            RefundAllocationPolicy.GiftCardsLast));
    }

    private static RefundInstrument Card(int sequence, decimal captured, decimal refunded = 0m)
        => new(sequence, PaymentMethod.Card, "sandbox", captured, refunded);

    /// <summary>The case must place its whole refund, and touch every instrument it names.</summary>
    private static RefundCase Checked(RefundCase c)
    {
        var result = c.Run();
        if (result.Unplaced != 0 || result.Portions.Count != c.Instruments.Count)
            throw new InvalidOperationException(
                $"{c.Name}: {result.Portions.Count} portion(s), {result.Unplaced} unplaced ({result.UnplacedReason}).");
        return c;
    }
}
