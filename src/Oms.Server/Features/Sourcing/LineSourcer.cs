using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oms.Domain.Common;
using Oms.Domain.Inventory;
using Oms.Domain.Network;
using Oms.Domain.Orders;
using Oms.Domain.Sourcing;
using Oms.Persistence;
using Oms.Server.Features.Configuration;
using Oms.Server.Web;

namespace Oms.Server.Features.Sourcing;

/// <summary>
/// Sources an order's waiting lines in one decision per rule set: the optimiser plans over every candidate location
/// (the channel's available-to-sell, the active rule set for the channel and delivery method), the plan and its
/// explanation are kept with the order, then each assignment is reserved with the conditional update. An assignment
/// that lost its stock to a concurrent order between the read and the reservation is planned again with fresh stock.
/// A new line nothing can serve is promised against an expected receipt or back-ordered; a rejected line with nowhere
/// left goes to the exception queue; a line already waiting simply keeps waiting.
/// </summary>
public sealed class LineSourcer(OmsDbContext db, IOptions<OmsOptions> options)
{
    private const int Rounds = 3;
    private static readonly Actor Sourcing = new("system", "sourcing");
    private static readonly JsonSerializerOptions ExplanationJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>Sources every line of the order that waits for a location (created, back-ordered, exception).</summary>
    public async Task SourceAsync(Order order, IReadOnlyDictionary<string, Location> locations, DateTime now, CancellationToken ct)
    {
        var allocation = await db.AllocationAsync(order.ChannelCode, ct);
        var firstTime = Waiting(order).Where(l => l.Status == LineStatus.Created).Select(l => l.Id).ToHashSet();
        var lost = new HashSet<Guid>();
        var why = new Dictionary<Guid, string>();
        for (var round = 0; round < Rounds; round++)
        {
            var lines = Waiting(order).Where(l => round == 0 || lost.Contains(l.Id)).ToList();
            if (lines.Count == 0) break;
            lost.Clear();
            // Lines rejected by a location are planned on their own, with those locations paused for them.
            foreach (var group in lines.GroupBy(l => (l.DeliveryMethod, Rejected: string.Join(';', l.RejectedLocations))))
            {
                var (rules, label) = await SourcingRulesApi.ResolveAsync(db, order.ChannelCode, group.Key.DeliveryMethod, ct);
                if (group.Key.Rejected.Length > 0)
                    rules = new SourcingRuleSet(rules.Name, [.. rules.Filters, new PausedLocationsFilter(group.Key.Rejected.Split(';'))],
                        rules.Rankers, rules.Limits, rules.PickupSourcing, rules.FewerShipmentsFirst);
                var plan = await PlanAsync(order, [.. group], rules, allocation, locations, ct);
                foreach (var l in plan.Explanation.Lines) why[l.LineId] = l.Decision;
                if (plan.Assignments.Count > 0 || group.Any(l => firstTime.Contains(l.Id)))
                    order.RecordSourcingDecision(label, plan.Explanation.Summary, JsonSerializer.Serialize(plan.Explanation, ExplanationJson), now);
                await ReserveAsync(order, plan, allocation, locations, lost, now, ct);
            }
        }
        foreach (var line in Waiting(order).Where(l => l.Status == LineStatus.Created).ToList())
            await GiveUpAsync(order, line, why.GetValueOrDefault(line.Id), locations, now, ct);
    }

    public async Task<IReadOnlyDictionary<string, Location>> LocationsAsync(CancellationToken ct)
        => await db.Locations.AsNoTracking().ToDictionaryAsync(l => l.Code, StringComparer.Ordinal, ct);

    /// <summary>Stock rows of the SKUs as the channel may sell them.</summary>
    public async Task<List<StockAtLocation>> StockAsync(IReadOnlyCollection<string> skus, ChannelAllocation allocation,
        IReadOnlyDictionary<string, Location> locations, CancellationToken ct)
    {
        var rows = await db.Stock.AsNoTracking().Where(s => skus.Contains(s.Sku)).ToListAsync(ct);
        return [.. rows.Where(s => locations.ContainsKey(s.LocationCode))
            .Select(s => new StockAtLocation(locations[s.LocationCode], s.Sku, allocation.AvailableToSell(locations[s.LocationCode], s.AvailableToPromise)))];
    }

    private async Task<SourcingPlan> PlanAsync(Order order, List<OrderLine> lines, SourcingRuleSet rules, ChannelAllocation allocation,
        IReadOnlyDictionary<string, Location> locations, CancellationToken ct)
    {
        var stock = await StockAsync([.. lines.Select(l => l.Sku).Distinct(StringComparer.Ordinal)], allocation, locations, ct);
        var request = SourcingRequests.ForOrder(order, lines) with { Locations = [.. locations.Values] };
        return SourcingOptimiser.Plan(request, rules, stock, options.Value.Sourcing.CentralLocation);
    }

    /// <summary>
    /// Splits lines the plan spreads over several locations, then reserves in (SKU, location) order — the same order
    /// in every command, so that two orders cannot deadlock on stock rows.
    /// </summary>
    private async Task ReserveAsync(Order order, SourcingPlan plan, ChannelAllocation allocation,
        IReadOnlyDictionary<string, Location> locations, HashSet<Guid> lost, DateTime now, CancellationToken ct)
    {
        var parts = new List<(OrderLine Line, Assignment Assignment)>();
        foreach (var byLine in plan.Assignments.GroupBy(a => a.LineId))
        {
            var line = order.Line(byLine.Key);
            var assignments = byLine.ToList();
            foreach (var extra in assignments.Skip(1))
                parts.Add((order.SplitLine(line.Id, extra.Quantity, now, Sourcing), extra));
            parts.Add((line, assignments[0]));
        }
        foreach (var (line, a) in parts.OrderBy(p => p.Line.Sku, StringComparer.Ordinal).ThenBy(p => p.Assignment.LocationCode, StringComparer.Ordinal))
        {
            var rule = allocation.RuleFor(locations[a.LocationCode]);
            if (!await db.TryReserveAsync(a.LocationCode, line.Sku, line.Quantity, now, ct, rule))
            {
                lost.Add(line.Id);
                continue;
            }
            // The plan's reasons start with the location code, which the timeline entry already names.
            var reason = string.IsNullOrWhiteSpace(a.Reason) ? "chosen by the sourcing plan"
                : a.Reason.StartsWith($"{a.LocationCode}: ", StringComparison.Ordinal) ? a.Reason[(a.LocationCode.Length + 2)..] : a.Reason;
            if (order.Allocate(line.Id, a.LocationCode, reason, now, Sourcing, a.TransferTo) is { } promise)
                await db.ApplyAsync([promise], now, ct);
        }
    }

    /// <param name="decision">The plan's sentence for the line, e.g. "back-ordered: its candidates hold fewer than 3 unit(s)".</param>
    private async Task GiveUpAsync(Order order, OrderLine line, string? decision, IReadOnlyDictionary<string, Location> locations, DateTime now, CancellationToken ct)
    {
        const string Prefix = "back-ordered: ";
        var reason = decision is not null && decision.StartsWith(Prefix, StringComparison.Ordinal) ? decision[Prefix.Length..] : NoStockReason(line);
        if (line.RejectedLocations.Count > 0)
            order.Escalate(line.Id, $"rejected by {string.Join(", ", line.RejectedLocations)}; {reason}", now, Sourcing);
        else if (!await PromiseAgainstReceiptAsync(order, line, locations, now, ct))
            order.Backorder(line.Id, reason, now, Sourcing);
    }

    private static IEnumerable<OrderLine> Waiting(Order order) => order.Lines
        .Where(l => l.DeliveryMethod != DeliveryMethod.CarryOut && l.Status is LineStatus.Created or LineStatus.Backordered or LineStatus.Exception)
        .OrderBy(l => l.LineNumber);

    /// <summary>A pre-order: promises the line against the earliest expected receipt that may still be sold against.</summary>
    private async Task<bool> PromiseAgainstReceiptAsync(Order order, OrderLine line, IReadOnlyDictionary<string, Location> locations, DateTime now, CancellationToken ct)
    {
        var receipts = await db.ExpectedReceipts.AsNoTracking()
            .Where(r => r.Sku == line.Sku && r.Status == ReceiptStatus.Open)
            .OrderBy(r => r.ExpectedAt).ThenBy(r => r.Id).ToListAsync(ct);
        foreach (var r in receipts.Where(r => CanServe(line, r.LocationCode, locations)))
        {
            if (!await db.TryPromiseAsync(r.Id, line.Quantity, options.Value.Sourcing.PreorderLimitPercent, ct)) continue;
            order.BackorderAgainstReceipt(line.Id, r.Id, r.Reference, r.LocationCode, r.ExpectedAt, now, Sourcing);
            return true;
        }
        return false;
    }

    private static bool CanServe(OrderLine line, string locationCode, IReadOnlyDictionary<string, Location> locations)
        => locations.TryGetValue(locationCode, out var l) && (line.DeliveryMethod == DeliveryMethod.PickupInStore
            ? l.Code == line.PickupLocationCode
            : l.Can(LocationCapabilities.Ship));

    private static string NoStockReason(OrderLine line) => line.DeliveryMethod == DeliveryMethod.PickupInStore
        ? $"{line.PickupLocationCode} cannot serve {line.Quantity} unit(s) under the pickup rules"
        : $"no location can ship {line.Quantity} unit(s) under the sourcing rules";
}
