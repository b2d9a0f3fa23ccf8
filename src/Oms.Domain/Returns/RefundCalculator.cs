using System.Globalization;
using Oms.Domain.Common;

namespace Oms.Domain.Returns;

/// <summary>
/// Calculates a refund, pure and explained line by line. Per returned unit: the unit price, less the unit's share of the
/// line's discount and of order-level discounts, plus its share of the line's tax. Shares are taken cumulatively — the
/// first k units of a line refund round(part × k / quantity) of each part — so rounding to the currency's minor unit
/// never drifts: returning every unit, in any number of returns, refunds exactly the line total, never a cent more.
/// Then shipping (as the policy says), the reason's restocking fee (never more than the goods) and goodwill.
/// </summary>
public static class RefundCalculator
{
    public static RefundCalculation Calculate(RefundInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var currency = CurrencyCode.Normalize(input.Currency);
        Validate(input);
        var entries = new List<RefundExplanation>();
        var lines = new List<RefundLineAmount>();
        foreach (var l in input.Lines)
        {
            var before = l.PreviouslyRefundedUnits;
            var after = before + l.Quantity;
            decimal Part(decimal whole)
                => Share(whole, after, l.OrderedQuantity, currency) - Share(whole, before, l.OrderedQuantity, currency);
            var price = Part(l.UnitPrice * l.OrderedQuantity);
            var discount = Part(l.LineDiscount);
            var orderDiscount = Part(l.OrderDiscountShare);
            var tax = Part(l.LineTax);
            var name = $"Line {l.LineNumber} ({l.Sku})";
            var units = $"{l.Quantity} unit(s)";
            entries.Add(new(RefundEntryKind.UnitPrice, l.OrderLineId, price,
                $"{name}: {units} at {F(l.UnitPrice, currency)}"));
            if (discount != 0)
                entries.Add(new(RefundEntryKind.LineDiscount, l.OrderLineId, -discount,
                    $"{name}: less the units' share of the line discount ({units} of {l.OrderedQuantity} of " +
                        $"{F(l.LineDiscount, currency)})"));
            if (orderDiscount != 0)
                entries.Add(new(RefundEntryKind.OrderDiscount, l.OrderLineId, -orderDiscount,
                    $"{name}: less the units' share of the order discount ({units} of {l.OrderedQuantity} of " +
                        $"{F(l.OrderDiscountShare, currency)})"));
            if (tax != 0)
                entries.Add(new(RefundEntryKind.Tax, l.OrderLineId, tax,
                    $"{name}: the units' share of the line's tax ({units} of {l.OrderedQuantity} of {F(l.LineTax, currency)})"));
            var amount = price - discount - orderDiscount + tax;
            // What the line may still refund; the last units take exactly what is left, whatever earlier refunds paid.
            var left = CurrencyMinorUnits.Round(l.LineTotal, currency) - l.PreviouslyRefundedAmount;
            var target = after == l.OrderedQuantity ? left : Math.Min(amount, left);
            if (target != amount)
            {
                entries.Add(new(RefundEntryKind.Cap, l.OrderLineId, target - amount, after == l.OrderedQuantity
                    ? $"{name}: the last units refund what is left of the line total {F(l.LineTotal, currency)} " +
                        $"({F(l.PreviouslyRefundedAmount, currency)} refunded before)"
                    : $"{name}: never more than is left of the line total {F(l.LineTotal, currency)} " +
                        $"({F(l.PreviouslyRefundedAmount, currency)} refunded before)"));
                amount = target;
            }
            lines.Add(new(l.OrderLineId, l.Quantity, price, discount + orderDiscount, tax, amount));
        }
        var goods = lines.Sum(x => x.Amount);

        var shipping = 0m;
        if (ReturnPolicy.RefundsShipping(input.ShippingRule, input.Reason, input.WholeOrderReturned))
        {
            shipping = Math.Max(0, CurrencyMinorUnits.Round(input.ShippingCharge - input.ShippingPreviouslyRefunded, currency));
            if (shipping > 0)
                entries.Add(new(RefundEntryKind.Shipping, null, shipping, input.Reason.WeAreAtFault
                    ? $"Shipping charge refunded: reason {input.Reason.Code} is our fault"
                    : "Shipping charge refunded: the whole order came back"));
        }

        var fee = CurrencyMinorUnits.Round(goods * input.Reason.RestockingFeePercent / 100m, currency)
                  + CurrencyMinorUnits.Round(input.Reason.FlatFeeIn(currency), currency);
        fee = Math.Min(fee, goods);
        if (fee > 0)
            entries.Add(new(RefundEntryKind.RestockingFee, null, -fee,
                $"Restocking fee for reason {input.Reason.Code}" + FeeTerms(input.Reason, currency)));

        var goodwill = 0m;
        foreach (var g in input.Goodwill ?? [])
        {
            var amount = CurrencyMinorUnits.Round(g.Amount, currency);
            goodwill += amount;
            entries.Add(new(RefundEntryKind.Goodwill, null, amount, $"Goodwill: {g.Reason.Trim()}"));
        }
        return new(currency, lines, entries, goods, shipping, fee, goodwill, goods + shipping - fee + goodwill);
    }

    /// <summary>
    /// Spreads an order-level discount over lines in proportion to their net amounts, rounded to the minor unit with the
    /// remainder on the largest lines, so the shares add up to the discount exactly.
    /// </summary>
    public static IReadOnlyDictionary<Guid, decimal> ShareOrderDiscount(decimal discount, IReadOnlyList<(Guid LineId, decimal Net)> lines,
        string currency)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var total = lines.Sum(l => l.Net);
        var shares = lines.ToDictionary(l => l.LineId,
            l => total == 0 ? 0m : Math.Round(discount * l.Net / total, CurrencyMinorUnits.Decimals(currency), MidpointRounding.ToZero));
        var unit = 1m / (decimal)Math.Pow(10, CurrencyMinorUnits.Decimals(currency));
        var rest = CurrencyMinorUnits.Round(discount, currency) - shares.Values.Sum();
        foreach (var l in lines.OrderByDescending(l => l.Net))
        {
            if (rest <= 0 || total == 0) break;
            shares[l.LineId] += unit;
            rest -= unit;
        }
        return shares;
    }

    /// <summary>The first <paramref name="units"/> of <paramref name="quantity"/> units' share of a line amount, rounded.</summary>
    private static decimal Share(decimal whole, int units, int quantity, string currency)
        => units == quantity ? CurrencyMinorUnits.Round(whole, currency) : CurrencyMinorUnits.Round(whole * units / quantity, currency);

    private static string FeeTerms(ReturnReason reason, string currency)
    {
        var parts = new List<string>();
        if (reason.RestockingFeePercent > 0)
            parts.Add($"{reason.RestockingFeePercent.ToString("0.##", CultureInfo.InvariantCulture)}% of the goods");
        if (reason.FlatFeeIn(currency) > 0) parts.Add(F(reason.FlatFeeIn(currency), currency));
        return parts.Count == 0 ? "" : $" ({string.Join(" + ", parts)}, at most the goods refunded)";
    }

    private static void Validate(RefundInput input)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (input.Lines.Count == 0 && (input.Goodwill?.Count ?? 0) == 0) errors["lines"] = ["A refund needs returned units or goodwill."];
        for (var i = 0; i < input.Lines.Count; i++)
        {
            var l = input.Lines[i];
            if (l.Quantity <= 0) errors[$"lines[{i}].quantity"] = [$"Line {l.LineNumber}: the quantity must be greater than zero."];
            else if (l.PreviouslyRefundedUnits < 0 || l.PreviouslyRefundedUnits + l.Quantity > l.OrderedQuantity)
                errors[$"lines[{i}].quantity"] =
                [
                    $"Line {l.LineNumber} ({l.Sku}) sold {l.OrderedQuantity} unit(s), {l.PreviouslyRefundedUnits} refunded before: " +
                        $"{l.Quantity} more cannot be refunded.",
                ];
        }
        for (var i = 0; i < (input.Goodwill?.Count ?? 0); i++)
        {
            var g = input.Goodwill![i];
            if (g.Amount <= 0) errors[$"goodwill[{i}].amount"] = ["A goodwill amount must be greater than zero."];
            if (string.IsNullOrWhiteSpace(g.Reason)) errors[$"goodwill[{i}].reason"] = ["Say why goodwill is given."];
        }
        if (errors.Count > 0) throw new BusinessRuleException(errors.First().Value[0], errors);
    }

    internal static string F(decimal amount, string currency)
    {
        var d = CurrencyMinorUnits.Decimals(currency);
        return $"{amount.ToString(d == 0 ? "0" : "0." + new string('0', d), CultureInfo.InvariantCulture)} {currency}";
    }
}
