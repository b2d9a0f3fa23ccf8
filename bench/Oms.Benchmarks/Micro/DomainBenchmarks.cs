using BenchmarkDotNet.Attributes;
using Oms.Domain.Common;
using Oms.Domain.Network;
using Oms.Domain.Orders;
using Oms.Domain.Sourcing;

namespace Oms.Benchmarks.Micro;

/// <summary>
/// The pure decisions capture makes per line and per change: ranking sourcing candidates and deriving the
/// order status. Public and unsealed because BenchmarkDotNet derives from benchmark classes.
/// </summary>
[MemoryDiagnoser]
public class DomainBenchmarks
{
    private const string Central = "DC-CENTRAL";
    private readonly GeoPoint _destination = new(52.3731, 4.8922);
    private List<SourcingCandidate> _candidates = null!;
    private OrderLine _line = null!;
    private Order _order = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        // 100 shipping locations spread over the Netherlands; the central DC is out of stock, so Rank sorts by distance.
        _candidates = [.. Enumerable.Range(0, 100).Select(i => new SourcingCandidate(
            new Location(i == 0 ? Central : $"LOC-{i:000}", $"Location {i}", i == 0 ? LocationType.DistributionCenter : LocationType.Store,
                50.8 + random.NextDouble() * 2.5, 3.4 + random.NextDouble() * 3.8, SizeClass.M, LocationCapabilities.Ship),
            i == 0 ? 0 : random.Next(0, 10)))];

        var now = new DateTime(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);
        var address = new Address("Bench", "Damrak 1", null, "1012 LG", "Amsterdam", "NL", null, 52.3731, 4.8922);
        var lines = Enumerable.Range(1, 10)
            .Select(i => new NewOrderLine($"SKU-{i:0000}", 1, 10m, 0m, 0m, DeliveryMethod.ShipToAddress)).ToList();
        _order = Order.Capture(new NewOrder(Guid.CreateVersion7(now), "OMS-BENCH00001", "web", "bench-1", OrderType.Standard, "EUR",
            "bench@example.com", "Bench", null, address, null, null, 0m, lines, new string('0', 64)), Guid.CreateVersion7(now), now, Actor.System);
        // Half the lines allocated: DeriveOrder has to look past the first rules.
        foreach (var line in _order.Lines.Take(5))
            _order.Allocate(line.Id, Central, "bench", now, Actor.System);
        _line = _order.Lines[^1];
    }

    [Benchmark]
    public IReadOnlyList<SourcingOption> RankOver100Candidates() => SimpleSourcing.Rank(_line, _destination, Central, _candidates);

    [Benchmark]
    public OrderStatus DeriveOrderStatusOf10Lines() => OrderStatusRules.DeriveOrder(_order.Lines.ToList());
}
