using FsCheck.Xunit;
using Oms.Domain.Common;
using Oms.Domain.Orders;
using Oms.Domain.Payments;
using static Oms.Domain.Tests.OrderBuilder;

namespace Oms.Domain.Tests.Payments;

/// <summary>
/// Whatever happens to an order (amendments, releases, partial shipments, cancellations) and whatever the provider
/// answers (approvals, declines, timeouts): money is never captured beyond what was authorised or beyond the value of
/// what shipped, never refunded beyond what was captured, and once nothing more can ship nothing stays authorised.
/// </summary>
public sealed class PaymentProperties
{
    [Property(MaxTest = 300)]
    public void Captures_and_voids_never_exceed_what_was_authorised_or_shipped(byte[] script, byte[] lineBytes, byte answers)
    {
        var specs = (lineBytes ?? []).Take(4).Select((b, i) => new NewOrderLine($"SKU-{i}", b % 5 + 1, 3m + b % 50, b % 3, b % 4, DeliveryMethod.ShipToAddress)).ToList();
        if (specs.Count == 0) specs.Add(Ship());
        var order = Allocated("DC", [.. specs]);
        var total = order.Total.Amount;
        if (answers % 2 == 0) order.AddPayment(PaymentMethod.Card, "psp", "tok", total, Now, Agent);
        else
        {
            var half = Math.Round(total / 2, 2);
            order.AddPayment(PaymentMethod.GiftCard, "psp", "gift", half, Now, Agent);
            order.AddPayment(PaymentMethod.Card, "psp", "tok", total - half, Now, Agent);
        }
        order.StartAuthorisation(Now, Agent);
        var provider = new Provider(answers);
        provider.Answer(order);
        Check(order);

        var step = 0;
        foreach (var b in script ?? [])
        {
            step++;
            try { Run(order, b, step); }
            catch (DomainException) { /* a refused step changes nothing; the invariants still hold */ }
            provider.Answer(order);
            Check(order);
        }

        // Cancel what is left and let the provider answer everything: no authorisation may stay open.
        try { if (order.Lines.Any(l => l.IsActive && l.ShipmentId is null)) order.Cancel([.. order.Lines.Where(l => l.IsActive && l.ShipmentId is null).Select(l => l.Id)], "end", Now, Agent); }
        catch (DomainException) { }
        provider.Settle(order);
        Check(order);
        Assert.All(order.Payments, p => Assert.Equal(0m, p.OpenAuthorisation));
    }

    private static void Run(Order order, byte b, int step)
    {
        var active = order.Lines.Where(l => l.IsActive).ToList();
        var line = active.Count == 0 ? null : active[b / 8 % active.Count];
        switch (b % 8)
        {
            case 0 when line is not null:
                order.ChangeQuantity(line.Id, b / 16 % 4 + 1, b % 3 == 0 ? b % 7 : null, Now, Agent);
                Reallocate(order);
                break;
            case 1:
                order.AddLine(Ship($"NEW-{step}", b / 8 % 3 + 1, 5m), Now, Agent);
                Reallocate(order);
                break;
            case 2 when line is not null:
                order.RemoveLine(line.Id, Now, Agent);
                order.RebalancePayments(Now, Agent);
                break;
            case 3:
                foreach (var fo in order.FulfilmentOrders.Where(f => f.Status == FulfilmentOrderStatus.Allocated).ToList()) order.Release(fo.Id, Now, Agent);
                break;
            case 4 or 5 when line is not null && line.Status == LineStatus.Released:
                order.Ship(line.FulfilmentOrderId!.Value, "PostNL", $"T{step}", [line.Id], Now, Agent);
                break;
            case 6 when line is not null:
                order.Cancel([line.Id], "changed mind", Now, Agent);
                break;
            case 7 when order.ActiveHold(HoldKind.Payment) is not null:
                var covered = order.Payments.Where(p => !p.Declined).Sum(p => p.Authorised + p.Pending(PaymentOperation.Authorise).Sum(t => t.Amount));
                if (order.Total.Amount > covered) order.AddPayment(PaymentMethod.Card, "psp", $"tok{step}", order.Total.Amount - covered, Now, Agent);
                break;
        }
    }

    private static void Reallocate(Order order)
    {
        foreach (var l in order.Lines.Where(l => l.Status == LineStatus.Created).ToList()) order.Allocate(l.Id, "DC", "test", Now, Actor.System);
        order.RebalancePayments(Now, Agent);
    }

    private static void Check(Order order)
    {
        foreach (var p in order.Payments)
        {
            Assert.True(p.Authorised >= 0 && p.Captured >= 0 && p.Voided >= 0 && p.Refunded >= 0);
            Assert.True(p.Captured + p.Voided <= p.Authorised, $"payment {p.Sequence}: captured {p.Captured} + voided {p.Voided} > authorised {p.Authorised}");
            Assert.True(p.Refunded <= p.Captured);
        }
        var shipped = order.Lines.Where(l => l.IsActive && l.ShipmentId is not null).Sum(l => l.Total) + (order.Shipments.Count > 0 ? order.ShippingCharge : 0);
        var captured = order.Payments.Sum(p => p.Captured);
        Assert.True(captured <= shipped, $"captured {captured} exceeds the value shipped {shipped}");
        Assert.True(order.Balance.Due >= 0 || captured <= order.Total.Amount);
    }

    /// <summary>A provider that approves, declines authorisations or times out as the seed says; <see cref="Settle"/> approves everything left.</summary>
    private sealed class Provider(byte seed)
    {
        private int calls;

        public void Answer(Order order)
        {
            foreach (var (payment, tx) in order.PendingPaymentCalls().ToList())
            {
                var roll = (seed + calls++ * 37) % 10;
                var outcome = roll == 0 ? PaymentOutcome.Timeout
                    : roll == 1 && tx.Kind == PaymentOperation.Authorise ? PaymentOutcome.Declined
                    : PaymentOutcome.Approved;
                order.RecordPaymentResult(tx.Id, new PaymentResult(outcome, outcome == PaymentOutcome.Approved ? $"ref-{payment.Sequence}" : null, tx.Amount), Now);
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
