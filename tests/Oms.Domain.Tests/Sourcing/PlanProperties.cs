using FsCheck.Xunit;
using Oms.Domain.Network;
using Oms.Domain.Orders;
using Oms.Domain.Sourcing;
using static Oms.Domain.Tests.Sourcing.SourcingFixture;

namespace Oms.Domain.Tests.Sourcing;

/// <summary>
/// Whatever the stock, the order and the rule set: no plan promises more than a location has, and every line is
/// either assigned exactly its quantity or back-ordered, within the rule set's limits.
/// </summary>
public sealed class PlanProperties
{
    private static readonly Location[] Network = [Dc, Ams, Tiny, Hlm, Utr, Mst, PickupOnly, ThirdParty];
    private static readonly string[] Skus = ["A", "B", "C"];

    /// <summary>Builds a scenario from FsCheck's shrinkable bytes: stock per location and SKU, lines, and rule options.</summary>
    [Property(MaxTest = 500)]
    public void Plans_keep_to_available_to_promise_and_serve_each_line_exactly_or_not_at_all(byte[] atps, byte[] lineBytes, byte options)
    {
        atps ??= [];
        var stock = Network.SelectMany((l, i) => Skus.Select((sku, s) =>
            new StockAtLocation(l, sku, atps.Length == 0 ? 0 : atps[(i * Skus.Length + s) % atps.Length] % 7 - 1))).ToArray();
        var lines = (lineBytes ?? []).Take(8).Select(b => (b % 4) switch
        {
            2 => new SourcingLine(Guid.NewGuid(), Skus[b / 4 % 3], b / 12 % 5 + 1, DeliveryMethod.PickupInStore, new[] { "AMS", "TINY", "KIOSK" }[b / 60 % 3]),
            3 when b > 200 => new SourcingLine(Guid.NewGuid(), Skus[b / 4 % 3], 1, DeliveryMethod.CarryOut, null),
            _ => Ship(Skus[b / 4 % 3], b / 12 % 5 + 1),
        }).ToList();
        var rules = RulesFrom(options);

        var plan = SourcingOptimiser.Plan(new SourcingRequest("web", Home, lines), rules, stock, "DC");

        AssertInvariants(lines, rules, stock, plan);
    }

    /// <summary>Hundreds of locations and many lines take the pooled search and its budget; the invariants still hold.</summary>
    [Property(MaxTest = 25)]
    public void Large_networks_keep_the_invariants(int seed, byte options)
    {
        var random = new Random(seed);
        var network = Enumerable.Range(0, 300).Select(i => new Location($"L{i:000}", $"L{i}", i % 50 == 0 ? LocationType.DistributionCenter : LocationType.Store,
            50.8 + random.NextDouble() * 2.5, 3.5 + random.NextDouble() * 3.5, (SizeClass)(i % 5), ShipAndPickup)).ToArray();
        var skus = Enumerable.Range(0, 25).Select(i => $"SKU-{i}").ToArray();
        var stock = network.SelectMany(l => skus.Where(_ => random.Next(4) == 0).Select(s => new StockAtLocation(l, s, random.Next(0, 5)))).ToArray();
        var lines = Enumerable.Range(0, random.Next(1, 25)).Select(_ => random.Next(5) == 0
            ? new SourcingLine(Guid.NewGuid(), skus[random.Next(skus.Length)], random.Next(1, 4), DeliveryMethod.PickupInStore, network[random.Next(network.Length)].Code)
            : Ship(skus[random.Next(skus.Length)], random.Next(1, 6))).ToList();
        var rules = RulesFrom(options);

        var plan = SourcingOptimiser.Plan(new SourcingRequest("web", Home, lines), rules, stock, "L000");

        AssertInvariants(lines, rules, stock, plan);
    }

    [Fact]
    public void Orders_of_more_than_64_lines_are_planned_line_by_line_within_the_invariants()
    {
        var lines = Enumerable.Range(0, 70).Select(i => Ship(Skus[i % 3])).ToList();
        var stock = Stock((Ams, "A", 10), (Hlm, "A", 30), (Ams, "B", 5), (Dc, "C", 50));
        var rules = Rules();
        var plan = SourcingOptimiser.Plan(new SourcingRequest("web", Home, lines), rules, stock, "DC");
        AssertInvariants(lines, rules, stock, plan);
        Assert.Equal(23 - 5, plan.Unassigned.Count); // 23 lines of B, 5 units of B in stock
        Assert.StartsWith("line by line", plan.Explanation.Search, StringComparison.Ordinal);
    }

    private static SourcingRuleSet RulesFrom(byte o) => new("generated",
        (o & 32) != 0 ? [new MinAvailableFilter(2)] : [],
        [new DistanceRanker(1), new ShipmentsRanker((o & 128) != 0 ? 50 : 0)],
        new SourcingLimits(maxCandidates: (o & 64) != 0 ? 2 : null, maxShipments: (o >> 3 & 3) is var k and > 0 ? k : null, allowLineSplit: (o & 1) != 0),
        (o & 2) != 0 ? PickupSourcing.ChosenStoreThenTransfer : PickupSourcing.ChosenStoreOnly,
        fewerShipmentsFirst: (o & 4) != 0);

    private static void AssertInvariants(List<SourcingLine> lines, SourcingRuleSet rules, StockAtLocation[] stock, SourcingPlan plan)
    {
        // Never more than available-to-promise per location and SKU.
        var sku = lines.ToDictionary(l => l.LineId, l => l.Sku);
        foreach (var g in plan.Assignments.GroupBy(a => (a.LocationCode, Sku: sku[a.LineId])))
        {
            var atp = stock.Single(s => s.Location.Code == g.Key.LocationCode && s.Sku == g.Key.Sku).AvailableToPromise;
            Assert.True(g.Sum(a => a.Quantity) <= atp, $"{g.Key} promised {g.Sum(a => a.Quantity)} of {atp}");
        }

        // Every planned line assigned exactly its quantity, or unassigned; carry-out lines neither.
        Assert.Equal(plan.Unassigned.Count, plan.Unassigned.Distinct().Count());
        foreach (var line in lines)
        {
            var assigned = plan.Assignments.Where(a => a.LineId == line.LineId).ToList();
            Assert.All(assigned, a => Assert.True(a.Quantity > 0));
            if (line.Method == DeliveryMethod.CarryOut)
                Assert.True(assigned.Count == 0 && !plan.Unassigned.Contains(line.LineId));
            else if (plan.Unassigned.Contains(line.LineId))
                Assert.Empty(assigned);
            else
                Assert.Equal(line.Quantity, assigned.Sum(a => a.Quantity));
            if (!rules.Limits.AllowLineSplit) Assert.True(assigned.Count <= 1);
            if (line.Method == DeliveryMethod.PickupInStore)
                Assert.All(assigned, a => Assert.True(a.LocationCode == line.PickupLocation ? a.TransferTo is null : a.TransferTo == line.PickupLocation));
        }

        // Within the shipment limit, and the explanation agrees with the plan.
        Assert.True(plan.Locations.Count <= (rules.Limits.MaxShipments ?? int.MaxValue));
        Assert.Equal(plan.Locations.Count, plan.Explanation.Shipments);
        Assert.Equal(lines.Count, plan.Explanation.Lines.Count);
    }
}
