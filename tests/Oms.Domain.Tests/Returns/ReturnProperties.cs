using Oms.Domain.Common;
using Oms.Domain.Orders;
using Oms.Domain.Payments;
using Oms.Domain.Returns;
using static Oms.Domain.Tests.Returns.ReturnFixtures;

namespace Oms.Domain.Tests.Returns;

/// <summary>
/// Random sequences (seeded, so a failure replays) of deliveries with their captures, line cancellations, returns,
/// exchanges and claims asked for (too many units included), receipts (too many included), refunds before and after
/// receipt with goodwill, return cancellations and closes, in EUR, JPY and KWD: no instrument ever refunds more than it
/// captured, no return takes more than was sold, and no line refunds more units or more money than it cost.
/// </summary>
public sealed class ReturnProperties
{
    private static readonly ReturnPolicy Policy = ReturnPolicy.Default;
    private static readonly string[] Currencies = ["EUR", "JPY", "KWD"];
    private static readonly PaymentMethod[] Methods =
        [PaymentMethod.Card, PaymentMethod.GiftCard, PaymentMethod.StoreCredit, PaymentMethod.Cash];
    private static readonly RefundAllocationPolicy[] Allocations =
        [RefundAllocationPolicy.GiftCardsLast, RefundAllocationPolicy.GiftCardsFirst, RefundAllocationPolicy.AllAsStoreCredit];

    [Fact]
    public void No_refund_exceeds_what_its_instrument_captured_and_no_return_exceeds_what_was_sold()
    {
        var (refunds, refused) = (0, 0);
        for (var seed = 0; seed < 3000; seed++)
        {
            var world = new World(new Random(seed));
            for (var step = 0; step < 50; step++)
            {
                refunds += world.Step();
                world.Check($"seed {seed}, step {step}");
            }
            refused += world.Unplaced;
        }
        // The sequences must reach both paths: refunds paid, and refunds no instrument could take.
        Assert.True(refunds > 1500, $"only {refunds} refunds were paid");
        Assert.True(refused > 0, "no refund was ever beyond what the instruments could take");
    }

    private sealed class Line(Guid id, int number, int qty, decimal price, decimal discount, decimal tax)
    {
        public Guid Id { get; } = id;
        public int Number { get; } = number;
        public int Qty { get; } = qty;
        public decimal Price { get; } = price;
        public decimal Discount { get; } = discount;
        public decimal Tax { get; } = tax;
        public LineStatus Status { get; set; } = LineStatus.Allocated;
        public decimal Total => Price * Qty - Discount + Tax;
    }

    private sealed class Instrument(int seq, PaymentMethod method, decimal amount)
    {
        public int Seq { get; } = seq;
        public PaymentMethod Method { get; } = method;
        public decimal Amount { get; set; } = amount;
        public decimal Captured { get; set; }
        public decimal Refunded { get; set; }
        public RefundInstrument View => new(Seq, Method, "psp", Captured, Refunded);
    }

    private sealed class World
    {
        private readonly Random _rng;
        private readonly Guid _orderId = Guid.NewGuid();
        private readonly string _currency;
        private readonly List<Line> _lines = [];
        private readonly List<Instrument> _instruments = [];
        private readonly List<ReturnOrder> _returns = [];
        private readonly decimal _shipping;
        private decimal _shippingRefunded;
        private bool _captured;

        public int Unplaced { get; private set; }

        public World(Random rng)
        {
            _rng = rng;
            _currency = Currencies[rng.Next(Currencies.Length)];
            var scale = _currency == "JPY" ? 100m : 1m;
            for (var i = 0; i < rng.Next(1, 5); i++)
            {
                var qty = rng.Next(1, 6);
                var price = Round(rng.Next(1, 20000) / 100m * scale);
                var discount = Round(price * qty * rng.Next(0, 40) / 100m);
                var tax = Round((price * qty - discount) * rng.Next(0, 25) / 100m);
                _lines.Add(new Line(Guid.NewGuid(), i + 1, qty, price, discount, tax));
            }
            _shipping = rng.Next(2) == 0 ? 0m : Round(4.95m * scale);
            var total = _lines.Sum(l => l.Total) + _shipping;
            var count = rng.Next(1, 4);
            var left = total;
            for (var i = 1; i <= count; i++)
            {
                var amount = i == count ? left : Round(left * rng.Next(10, 90) / 100m);
                if (amount <= 0) continue;
                _instruments.Add(new Instrument(i, Methods[rng.Next(Methods.Length)], amount));
                left -= amount;
            }
        }

        private decimal Round(decimal v) => CurrencyMinorUnits.Round(v, _currency);

        /// <summary>One random action; returns the refunds paid.</summary>
        public int Step()
        {
            switch (_rng.Next(8))
            {
                case 0: Deliver(); return 0;
                case 1: CancelLine(); return 0;
                case 2 or 3: RequestReturn(); return 0;
                case 4: Receive(); return 0;
                case 5 or 6: return Refund();
                default: EndReturn(); return 0;
            }
        }

        private T? Pick<T>(IEnumerable<T> items) where T : class
        {
            var list = items.ToList();
            return list.Count == 0 ? null : list[_rng.Next(list.Count)];
        }

        private void Deliver()
        {
            if (Pick(_lines.Where(l => l.Status == LineStatus.Allocated)) is not { } line) return;
            line.Status = _rng.Next(4) == 0 ? LineStatus.Shipped : LineStatus.Delivered;
            var due = line.Total + (_captured ? 0 : _shipping);
            _captured = true;
            foreach (var i in _instruments)
            {
                var take = Math.Min(due, i.Amount - i.Captured);
                i.Captured += take;
                due -= take;
            }
        }

        private void CancelLine()
        {
            if (Pick(_lines.Where(l => l.Status == LineStatus.Allocated)) is { } line) line.Status = LineStatus.Cancelled;
        }

        private int Held(Guid lineId) => _returns.Sum(r => r.UnitsHeldFor(lineId));

        private void RequestReturn()
        {
            var line = _lines[_rng.Next(_lines.Count)];
            var kind = (ReturnKind)_rng.Next(3);
            var reason = kind == ReturnKind.Claim && _rng.Next(2) == 0 ? "lost-in-transit" : _rng.Next(2) == 0 ? "changed-mind" : "damaged";
            var qty = _rng.Next(1, line.Qty + 2);
            var sold = _lines
                .Select(l => new SoldLine(l.Id, l.Number, "SKU-" + l.Number, null, l.Qty, l.Status, Now.AddDays(-3), Held(l.Id))).ToList();
            var result = ReturnEligibility.Check(Policy, "web", reason, sold, [new(line.Id, qty)], Now);
            if (!result.IsEligible) return;
            var goodsBack = Policy.Reason(reason)!.NeedsGoodsBack;
            var r = ReturnOrder.Request(new NewReturn(Guid.NewGuid(), $"R-{_returns.Count + 1}", _orderId, "OMS-P", _currency, kind,
                reason, goodsBack, goodsBack ? ReturnMethod.ShipToLocation : ReturnMethod.NoGoodsBack, goodsBack ? "DC1" : null,
                [new(line.Id, "SKU-" + line.Number, qty, line.Price, kind == ReturnKind.Exchange ? "SKU-X" : null)]), Now, Clerk);
            if (_rng.Next(5) == 0) r.AwaitApproval(["test"], Now, Actor.System);
            else r.Approve(null, Now, Actor.System);
            _returns.Add(r);
        }

        private void Receive()
        {
            var open = _returns.Where(r => r.ExpectsGoods
                && r.Status is not (ReturnStatus.Closed or ReturnStatus.Cancelled or ReturnStatus.Rejected));
            if (Pick(open) is not { } r) return;
            var line = r.Lines[0];
            var before = r.Receipts.Count;
            try
            {
                var units = new ReceivedUnits(line.Id, _rng.Next(1, line.OutstandingQuantity + 2), (Disposition)_rng.Next(6));
                r.Receive([units], "STORE-" + _rng.Next(3), Now, Clerk);
            }
            catch (BusinessRuleException)
            {
                Assert.Equal(before, r.Receipts.Count);
            }
            if (r.Status == ReturnStatus.AwaitingApproval && _rng.Next(2) == 0) r.Approve(null, Now, Finance);
        }

        private int Refund()
        {
            var approved = _returns.Where(r => r.Status is ReturnStatus.Approved or ReturnStatus.PartlyReceived or ReturnStatus.Received);
            if (Pick(approved) is not { } r) return 0;
            var rl = r.Lines[0];
            var beforeReceipt = _rng.Next(4) == 0;
            var units = (r.ExpectsGoods && !beforeReceipt ? rl.GoodsReceivedQuantity : rl.Quantity) - rl.RefundedQuantity;
            var goodwill = _rng.Next(6) == 0 ? [new Goodwill(Round(_rng.Next(100, 3000) / 100m), "sorry")] : Array.Empty<Goodwill>();
            if (units <= 0) return 0;
            var line = _lines.Single(l => l.Id == rl.OrderLineId);
            var prevUnits = _returns.SelectMany(x => x.Lines).Where(x => x.OrderLineId == line.Id).Sum(x => x.RefundedQuantity);
            var prevAmount = _returns.SelectMany(x => x.Lines).Where(x => x.OrderLineId == line.Id).Sum(x => x.RefundedAmount);
            var whole = _lines.Where(l => l.Status != LineStatus.Cancelled).All(l => l.Status is LineStatus.Delivered or LineStatus.Shipped
                && (l.Id == line.Id ? prevUnits + units : _returns.SelectMany(x => x.Lines).Where(x => x.OrderLineId == l.Id)
                    .Sum(x => x.RefundedQuantity)) == l.Qty);
            var calc = RefundCalculator.Calculate(new RefundInput(_currency,
                [
                    new(line.Id, line.Number, "SKU-" + line.Number, line.Qty, line.Price, line.Discount, line.Tax, units, prevUnits,
                        prevAmount),
                ],
                Policy.Reason(r.ReasonCode)!, Policy.ShippingRefund, _shipping, _shippingRefunded, whole, goodwill));

            // An exchange pays for the replacement out of the refund; an uneven one charges the difference or refunds it.
            var due = r.Kind == ReturnKind.Exchange ? calc.Total - Round(line.Price * units * _rng.Next(80, 121) / 100m) : calc.Total;
            if (due < 0)
            {
                var card = _instruments[0];
                card.Amount -= due;
                card.Captured -= due;
                due = 0;
            }
            var allocation = RefundAllocation.Allocate(due, _currency, [.. _instruments.Select(i => i.View)],
                Allocations[_rng.Next(Allocations.Length)]);
            if (allocation.Unplaced > 0)
            {
                // Earlier goodwill used up what was captured: the caller refuses, nothing is paid or booked.
                Unplaced++;
                Assert.Equal(due, allocation.Placed + allocation.Unplaced);
                return 0;
            }
            foreach (var p in allocation.Portions)
            {
                var i = _instruments.Single(x => x.Seq == p.PaymentSequence);
                Assert.True(p.Amount <= i.Captured - i.Refunded, $"portion {p.Amount} exceeds what payment {i.Seq} may still refund");
                i.Refunded += p.Amount;
            }
            r.RecordRefund(calc, 0m, "to the card", Now, Finance);
            _shippingRefunded += calc.Shipping;
            return 1;
        }

        private void EndReturn()
        {
            if (Pick(_returns) is not { } r) return;
            try
            {
                if (_rng.Next(2) == 0) r.Cancel("changed mind", Now, Clerk);
                else if (r.Status == ReturnStatus.AwaitingApproval) r.Reject("no", Now, Finance);
                else
                {
                    foreach (var held in r.Receipts.Where(x => x.AwaitsInspection).ToList())
                        r.Inspect(held.Id, _rng.Next(2) == 0 ? Disposition.Restock : Disposition.WriteOff, null, Now, Finance);
                    r.Close(Now, Clerk);
                }
            }
            catch (InvalidTransitionException)
            {
                // Refused in this status: nothing changed.
            }
        }

        public void Check(string where)
        {
            foreach (var i in _instruments)
                Assert.True(i.Refunded <= i.Captured, $"{where}: payment {i.Seq} refunded {i.Refunded} of {i.Captured} captured");
            Assert.True(_shippingRefunded <= _shipping, $"{where}: shipping refunded {_shippingRefunded} of {_shipping}");
            foreach (var l in _lines)
            {
                var sold = l.Status is LineStatus.Delivered or LineStatus.Shipped ? l.Qty : 0;
                Assert.True(Held(l.Id) <= sold, $"{where}: line {l.Number} has {Held(l.Id)} unit(s) in returns, {sold} sold");
                var refunded = _returns.SelectMany(r => r.Lines).Where(x => x.OrderLineId == l.Id).ToList();
                Assert.True(refunded.Sum(x => x.RefundedQuantity) <= l.Qty, $"{where}: line {l.Number} refunded too many units");
                Assert.True(refunded.Sum(x => x.RefundedAmount) <= l.Total, $"{where}: line {l.Number} refunded more than it cost");
                if (refunded.Sum(x => x.RefundedQuantity) == l.Qty)
                    Assert.Equal(l.Total, refunded.Sum(x => x.RefundedAmount));
            }
        }
    }
}
