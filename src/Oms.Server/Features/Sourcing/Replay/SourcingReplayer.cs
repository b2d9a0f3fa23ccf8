using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oms.Domain.Common;
using Oms.Domain.Inventory;
using Oms.Domain.Network;
using Oms.Domain.Orders;
using Oms.Domain.Sourcing;
using Oms.Persistence;
using Oms.Server.Core;
using Oms.Server.Core.Configuration;
using Oms.Server.Core.Sourcing;

namespace Oms.Server.Features.Sourcing.Replay;

/// <summary>
/// Replays a period's orders through the sourcing optimiser twice — with the rule sets active now and with a candidate
/// standing in for one key — from the same stock snapshot, and compares the outcomes. Read-only: it reads orders, stock and
/// configuration without tracking, plans in memory and writes nothing (no reservation, no decision, no event).
/// The stock snapshot is each location's on-hand minus safety stock now, as if none of it were reserved, so that the
/// period's own orders find the units they took; each side then consumes it order by order, oldest first.
/// </summary>
public sealed class SourcingReplayer(IOptions<OmsOptions> options)
{
    public const int DefaultLimit = 10_000;
    public const int MaxLimit = 50_000;
    private const string Basis = "Both sides recomputed now with the same optimiser, over the same orders (lines as captured, splits merged, " +
        "cancelled and carry-out lines left out), from one stock snapshot: on hand minus safety stock at each location, nothing reserved, " +
        "each channel's allocation applied, taken by the orders in turn (oldest first). The active side uses the rule sets active now; " +
        "stored sourcing decisions are not read.";

    public async Task<SourcingReplayResponse> RunAsync(SourcingReplayRequest body, OmsDbContext db, CancellationToken ct)
    {
        var (from, to, limit, listed) = Check(body);
        var candidate = await CandidateRuleSet.LoadAsync(db, body.Key, body.Version, body.Document, ct);
        var snapshot = await ReferenceCache.For(db).GetAsync(db, ct);
        if (body.Channel is { } ch && !snapshot.Channels.ContainsKey(ch)) throw new BusinessRuleException("channel", $"Unknown channel '{ch}'.");
        var central = options.Value.Sourcing.CentralLocation;

        var q = db.Orders.AsNoTracking().Where(o => o.CreatedAt >= from && o.CreatedAt < to);
        if (body.Channel is { } channel) q = q.Where(o => o.ChannelCode == channel);
        var orders = await q.OrderBy(o => o.CreatedAt).ThenBy(o => o.Id).Take(limit + 1).Include(o => o.Lines).AsSplitQuery().ToListAsync(ct);
        var truncated = orders.Count > limit;
        if (truncated) orders.RemoveAt(orders.Count - 1);

        var locations = snapshot.Locations;
        var stock = await SnapshotAsync(db, orders, ct);
        var activeKeyRules = snapshot.Active(SourcingRuleSets.Kind, candidate.Key) is { } v
            ? ReferenceSnapshot.ParsedOnce(v, x => Core.Configuration.Documents.Sourcing.SourcingRuleSetDocuments.Read(x.Document)) : null;
        var costs = ReplayCostTable.Of(candidate.Rules, activeKeyRules, central);
        var sides = new[]
        {
            new ReplaySide(new ReplayStockPool(stock, locations), new ReplayTally(costs), (c, m) => SourcingRuleSets.Resolve(snapshot, c, m)),
            new ReplaySide(new ReplayStockPool(stock, locations), new ReplayTally(costs), (c, m) => candidate.Resolve(snapshot, c, m)),
        };
        var allocations = new Dictionary<string, ChannelAllocation>(StringComparer.Ordinal);
        var differences = new List<ReplayOrderDifference>();
        var changed = 0;
        foreach (var order in orders)
        {
            if (!allocations.TryGetValue(order.ChannelCode, out var allocation))
                allocations[order.ChannelCode] = allocation = await db.AllocationAsync(order.ChannelCode, ct);
            var lines = ReplayLines.Of(order);
            var outcomes = sides.Select(s => s.Plan(order, lines, allocation, locations, central)).ToArray();
            if (ReplayLines.Signature(outcomes[0]) == ReplayLines.Signature(outcomes[1])) continue;
            changed++;
            if (differences.Count < listed)
                differences.Add(new ReplayOrderDifference(order.Id, order.Number, order.ChannelCode, order.CreatedAt, outcomes[0], outcomes[1]));
        }
        return new SourcingReplayResponse(candidate.Key, candidate.Label, from, to, body.Channel, orders.Count, truncated, Basis, costs?.Basis,
            sides[0].Tally.Metrics(), sides[1].Tally.Metrics(), changed, differences);
    }

    private static (DateTime From, DateTime To, int Limit, int Listed) Check(SourcingReplayRequest body)
    {
        var errors = new Dictionary<string, string[]>();
        if (body.From is null) errors["from"] = ["from is required (UTC)."];
        if (body.To is null) errors["to"] = ["to is required (UTC)."];
        if (body.From is { } f && body.To is { } t && f > t) errors["to"] = [$"to ({t:O}) is before from ({f:O})."];
        if (body.Limit is < 1 or > MaxLimit) errors["limit"] = [$"limit must be between 1 and {MaxLimit}."];
        if (body.Differences is < 0 or > 500) errors["differences"] = ["differences must be between 0 and 500."];
        if (errors.Count > 0) throw new BusinessRuleException("The replay request is invalid.", errors);
        return (Utc(body.From!.Value), Utc(body.To!.Value), body.Limit ?? DefaultLimit, body.Differences ?? 50);
    }

    private static DateTime Utc(DateTime d) => d.Kind == DateTimeKind.Local ? d.ToUniversalTime() : DateTime.SpecifyKind(d, DateTimeKind.Utc);

    /// <summary>On hand minus safety stock of the orders' SKUs, per SKU and location.</summary>
    private static async Task<Dictionary<string, Dictionary<string, int>>> SnapshotAsync(OmsDbContext db, List<Order> orders, CancellationToken ct)
    {
        var skus = orders.SelectMany(o => o.Lines).Select(l => l.Sku).Distinct(StringComparer.Ordinal).ToList();
        var result = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var chunk in skus.Chunk(500))
        {
            var rows = await db.Stock.AsNoTracking().Where(s => chunk.Contains(s.Sku))
                .Select(s => new { s.Sku, s.LocationCode, s.OnHand, s.SafetyStock }).ToListAsync(ct);
            foreach (var r in rows)
            {
                if (!result.TryGetValue(r.Sku, out var byLocation)) result[r.Sku] = byLocation = new(StringComparer.Ordinal);
                byLocation[r.LocationCode] = Oms.Domain.Inventory.Availability.Atp(r.OnHand, 0, r.SafetyStock);
            }
        }
        return result;
    }

    /// <summary>One side: its stock, its tally and how it picks a line's rule set.</summary>
    private sealed record ReplaySide(ReplayStockPool Pool, ReplayTally Tally, Func<string, DeliveryMethod, (SourcingRuleSet Rules, string Label)> RulesFor)
    {
        public ReplayOrderOutcome Plan(Order order, List<(OrderLine Line, int Quantity)> lines, ChannelAllocation allocation,
            IReadOnlyDictionary<string, Location> locations, string central)
        {
            var assignments = new List<ReplayAssignment>();
            var unserved = new List<int>();
            var unservedUnits = 0;
            var destinations = new Dictionary<int, GeoPoint?>();
            foreach (var group in lines.GroupBy(l => l.Line.DeliveryMethod))
            {
                var (rules, _) = RulesFor(order.ChannelCode, group.Key);
                var quantities = group.ToDictionary(l => l.Line.Id, l => l.Quantity);
                var request = SourcingRequests.ForOrder(order, group.Select(l => l.Line));
                request = request with { Lines = [.. request.Lines.Select(l => l with { Quantity = quantities[l.LineId] })], Locations = [.. locations.Values] };
                var plan = SourcingOptimiser.Plan(request, rules, Pool.For(group.Select(l => l.Line.Sku), allocation), central);
                var byId = group.ToDictionary(l => l.Line.Id, l => l.Line);
                foreach (var l in request.Lines)
                    destinations[byId[l.LineId].LineNumber] = ReplayLines.Destination(l, request, locations);
                foreach (var a in plan.Assignments)
                {
                    var line = byId[a.LineId];
                    Pool.Take(line.Sku, a.LocationCode, a.Quantity);
                    assignments.Add(new ReplayAssignment(line.LineNumber, line.Sku, a.LocationCode, a.Quantity, a.TransferTo));
                }
                foreach (var id in plan.Unassigned)
                {
                    unserved.Add(byId[id].LineNumber);
                    unservedUnits += quantities[id];
                }
            }
            var outcome = new ReplayOrderOutcome([.. assignments.Select(a => a.Location).Distinct(StringComparer.Ordinal)],
                [.. assignments.OrderBy(a => a.LineNumber).ThenBy(a => a.Location, StringComparer.Ordinal)], [.. unserved.Order()]);
            Tally.Add(outcome, lines.Count, unservedUnits, destinations, locations);
            return outcome;
        }
    }
}
