using FsCheck.Xunit;
using Oms.Domain.Common;
using Oms.Domain.Orders;
using Oms.Domain.Payments;
using Oms.Domain.Returns;
using static Oms.Domain.Tests.OrderBuilder;

namespace Oms.Domain.Tests.Returns;

/// <summary>
/// Whatever sequence of captures (shipments), cancellations, returns, exchanges (part of a refund kept to pay a
/// replacement) and goodwill happens, over one to three instruments, in any refund route, and whatever the provider
/// answers: no instrument ever gets back more than it captured — counting refunds still waiting for the provider — no
/// line refunds more units than it sold or more money than it cost, and a refused refund changes nothing.
/// </summary>
public sealed class RefundProperties
{
    private static readonly ReturnReason Fits = new("does-not-fit", "Does not fit");
    private static readonly ReturnReason Damaged = new("damaged", "Arrived damaged", WeAreAtFault: true);

    [Property(MaxTest = 300)]
    public void Refunds_never_exceed_what_an_instrument_captured_nor_what_a_line_cost(byte[] script, byte[] lineBytes, byte seed)
    {
        var specs = (lineBytes ?? []).Take(4)
            .Select((b, i) => new NewOrderLine($"SKU-{i}", b % 4 + 1, 3m + b % 40 + (b % 7) / 10m, b % 3, b % 5, DeliveryMethod.ShipToAddress))
            .ToList();
        if (specs.Count == 0) specs.Add(Ship(qty: 2));
        var order = Allocated("DC", [.. specs]);
        Pay(order, seed);
        order.StartAuthorisation(Now, Agent);
        var provider = new Provider(seed);
        provider.Answer(order);
        provider.Settle(order);
        foreach (var fo in order.FulfilmentOrders.ToList()) order.Release(fo.Id, Now, Agent);

        var step = 0;
        foreach (var b in script ?? [])
        {
            step++;
            var before = Snapshot(order);
            try { Run(order, b, step, seed); }
            catch (DomainException) { Assert.Equal(before, Snapshot(order)); }
            provider.Answer(order);
            Check(order);
        }
        provider.Settle(order);
        Check(order);
    }

    private static void Pay(Order order, byte seed)
    {
        var total = order.Total.Amount;
        switch (seed % 3)
        {
            case 0:
                order.AddPayment(PaymentMethod.Card, "psp", "tok", total, Now, Agent);
                break;
            case 1:
                var gift = Math.Round(total / 3, 2);
                order.AddPayment(PaymentMethod.GiftCard, "psp", "gift", gift, Now, Agent);
                order.AddPayment(PaymentMethod.Card, "psp", "tok", total - gift, Now, Agent);
                break;
            default:
                var a = Math.Round(total / 4, 2);
                order.AddPayment(PaymentMethod.StoreCredit, "psp", "credit", a, Now, Agent);
                order.AddPayment(PaymentMethod.GiftCard, "psp", "gift", a, Now, Agent);
                order.AddPayment(PaymentMethod.Card, "psp", "tok", total - 2 * a, Now, Agent);
                break;
        }
    }

    private static void Run(Order order, byte b, int step, byte seed)
    {
        var lines = order.Lines.ToList();
        var line = lines[b / 8 % lines.Count];
        switch (b % 8)
        {
            case 0 or 1 when line.Status == LineStatus.Released:
                order.Ship(line.FulfilmentOrderId!.Value, "PostNL", $"T{step}", [line.Id], Now, Agent);
                break;
            case 2 when line.IsActive && line.ShipmentId is null:
                order.Cancel([line.Id], "changed mind", Now, Agent);
                break;
            default:
                Refund(order, line, b, step, seed);
                break;
        }
    }

    /// <summary>A return of some of a shipped line's units (an exchange keeps part of it; goodwill adds some), paid as the route says.</summary>
    private static void Refund(Order order, OrderLine line, byte b, int step, byte seed)
    {
        if (line.ShipmentId is null) return;
        var left = line.Quantity - line.RefundedQuantity;
        var quantity = b / 16 % 3 + 1;
        var input = new RefundInput(order.Currency,
            [new RefundLineInput(line.Id, line.LineNumber, line.Sku, line.Quantity, line.UnitPrice, line.Discount, line.Tax,
                Math.Min(quantity, Math.Max(1, left)), line.RefundedQuantity, line.RefundedAmount)],
            b % 3 == 0 ? Damaged : Fits, ShippingRefundRule.WholeOrderOrAtFault, order.ShippingCharge, 0m, false,
            b % 5 == 0 ? [new Goodwill(1m + b % 9, "sorry")] : null);
        var calc = RefundCalculator.Calculate(input); // more units than are left: refused here (a DomainException)
        var offset = b % 4 == 3 ? Math.Round(calc.Total / 2, 2) : 0m;
        var route = (RefundRoute)((seed + step) % 3);
        var policy = (step % 2 == 0 ? RefundAllocationPolicy.GiftCardsLast : RefundAllocationPolicy.GiftCardsFirst) with { Route = route };
        var placed = RefundAllocation.Allocate(calc.Total - offset, order.Currency, [.. order.Payments.Select(RefundInstrument.From)], policy);
        if (placed.Unplaced > 0) return; // the server records why and pays nothing
        var payouts = placed.Portions.Select(p => new RefundPayout(p.PaidAs switch
        {
            RefundPaidAs.OriginalInstrument => RefundPayoutKind.ProviderRefund,
            RefundPaidAs.CashAtTill => RefundPayoutKind.CashAtTill,
            RefundPaidAs.ChannelInstruction => RefundPayoutKind.ChannelInstruction,
            _ => RefundPayoutKind.StoreCredit,
        }, p.PaymentSequence, p.Amount)).ToList();
        order.RefundForReturn(Guid.NewGuid(), $"R-{step}", payouts, [.. calc.Lines.Select(l => new RefundedLine(l.OrderLineId, l.Quantity, l.Amount))],
            "STORE-AMS", Now, Agent);
    }

    private static void Check(Order order)
    {
        foreach (var p in order.Payments)
        {
            // What was asked of the provider (or settled at a till), not only what the books let through.
            var asked = p.Transactions.Where(t => t.Kind == PaymentOperation.Refund
                && t.Status is PaymentTransactionStatus.Pending or PaymentTransactionStatus.Approved).Sum(t => t.Amount);
            Assert.True(asked <= p.Captured, $"payment {p.Sequence}: {asked} refunded or asked > captured {p.Captured}");
            Assert.True(p.Refunded <= p.Captured);
        }
        foreach (var l in order.Lines)
        {
            Assert.True(l.RefundedQuantity <= l.Quantity, $"line {l.LineNumber}: {l.RefundedQuantity} of {l.Quantity} refunded");
            Assert.True(l.RefundedAmount <= l.Total, $"line {l.LineNumber}: {l.RefundedAmount} refunded of {l.Total}");
        }
    }

    private static string Snapshot(Order o) => string.Join('|', o.Payments.Select(p => $"{p.Refunded}/{p.Transactions.Count}")
        .Concat(o.Lines.Select(l => $"{l.RefundedQuantity}/{l.RefundedAmount}")));

    /// <summary>Approves, declines or times out as the seed says; <see cref="Settle"/> approves everything left.</summary>
    private sealed class Provider(byte seed)
    {
        private int calls;

        public void Answer(Order order)
        {
            foreach (var (payment, tx) in order.PendingPaymentCalls().ToList())
            {
                var roll = (seed + calls++ * 37) % 10;
                var outcome = roll == 0 ? PaymentOutcome.Timeout : roll == 1 && tx.Kind == PaymentOperation.Refund ? PaymentOutcome.Declined
                    : PaymentOutcome.Approved;
                order.RecordPaymentResult(tx.Id, new PaymentResult(outcome, outcome == PaymentOutcome.Approved ? $"ref-{payment.Sequence}" : null,
                    tx.Amount), Now);
            }
        }

        public void Settle(Order order)
        {
            for (var round = 0; round < 5 && order.PendingPaymentCalls().Any(); round++)
                foreach (var (payment, tx) in order.PendingPaymentCalls().ToList())
                    order.RecordPaymentResult(tx.Id, new PaymentResult(PaymentOutcome.Approved, $"ref-{payment.Sequence}", tx.Amount), Now);
        }
    }
}
