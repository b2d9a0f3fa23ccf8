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
using Oms.Server.Core.Commands;
using Oms.Server.Core.Configuration;
using Oms.Server.Core.Stock;

namespace Oms.Server.Core.Sourcing;

/// <summary>
/// Sources an order's waiting lines in one decision per rule set: the optimiser plans over every candidate location
/// (the channel's available-to-sell as this command sees it, the active rule set for the channel and delivery method),
/// the plan and its explanation are kept with the order, and each assignment becomes a planned reservation that the
/// command bus applies at commit (if the stock went meanwhile, the whole command runs again on fresh stock). A new
/// line nothing can serve is promised against an expected receipt or back-ordered; a rejected line with nowhere left
/// goes to the exception queue; a line already waiting simply keeps waiting.
/// </summary>
public sealed class LineSourcer(IOptions<OmsOptions> options)
{
    private static readonly Actor Sourcing = new("system", "sourcing");
    private static readonly JsonSerializerOptions ExplanationJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>Sources every line of the order that waits for a location (created, back-ordered, exception).</summary>
    /// <param name="mayBackorder">False: a line nothing can serve goes to the exception queue instead of waiting for stock
    /// (an accepted marketplace order that lost its stock, on a channel that takes no back-orders).</param>
    public async Task SourceAsync(Order order, CommandContext ctx, CancellationToken ct, bool mayBackorder = true)
    {
        order.MarkSourcingReached();
        var lines = Waiting(order).ToList();
        if (lines.Count == 0) return;
        var db = ctx.Db;
        var locations = await LocationsAsync(db, ct);
        var allocation = await db.AllocationAsync(order.ChannelCode, ct);
        var firstTime = lines.Where(l => l.Status == LineStatus.Created).Select(l => l.Id).ToHashSet();
        var why = new Dictionary<Guid, string>();
        // Lines rejected by a location are planned on their own, with those locations paused for them.
        foreach (var group in lines.GroupBy(l => (l.DeliveryMethod, Rejected: string.Join(';', l.RejectedLocations))))
        {
            var (rules, label) = await SourcingRuleSets.ResolveAsync(db, order.ChannelCode, group.Key.DeliveryMethod, ct);
            if (group.Key.Rejected.Length > 0)
                rules = new SourcingRuleSet(rules.Name, [.. rules.Filters, new PausedLocationsFilter(group.Key.Rejected.Split(';'))],
                    rules.Rankers, rules.Limits, rules.PickupSourcing, rules.FewerShipmentsFirst);
            var plan = await PlanAsync(order, [.. group], rules, allocation, locations, ctx, ct);
            foreach (var l in plan.Explanation.Lines) why[l.LineId] = l.Decision;
            if (plan.Assignments.Count > 0 || group.Any(l => firstTime.Contains(l.Id)))
                order.RecordSourcingDecision(label, plan.Explanation.Summary, JsonSerializer.Serialize(plan.Explanation, ExplanationJson), ctx.Now);
            Assign(order, plan, allocation, locations, ctx);
        }
        foreach (var line in Waiting(order).Where(l => l.Status == LineStatus.Created).ToList())
            await GiveUpAsync(order, line, why.GetValueOrDefault(line.Id), locations, mayBackorder, ctx, ct);
    }

    /// <summary>The network, from the reference cache (refreshed when any node changes a location).</summary>
    public static async Task<IReadOnlyDictionary<string, Location>> LocationsAsync(OmsDbContext db, CancellationToken ct)
        => (await ReferenceCache.For(db).GetAsync(db, ct)).Locations;

    /// <summary>Stock rows of the SKUs as the channel may sell them, as this command sees them.</summary>
    public static async Task<List<StockAtLocation>> StockAsync(IReadOnlyCollection<string> skus, ChannelAllocation allocation,
        IReadOnlyDictionary<string, Location> locations, StockPlan stock, CancellationToken ct)
    {
        var rows = await stock.RowsAsync(skus, ct);
        return [.. rows.Where(s => locations.ContainsKey(s.LocationCode))
            .Select(s => new StockAtLocation(locations[s.LocationCode], s.Sku, allocation.AvailableToSell(locations[s.LocationCode], s.AvailableToPromise)))];
    }

    /// <summary>Stock rows of the SKUs as the channel may sell them, as stored (for reads outside a command).</summary>
    public static async Task<List<StockAtLocation>> StoredStockAsync(OmsDbContext db, IReadOnlyCollection<string> skus, ChannelAllocation allocation,
        IReadOnlyDictionary<string, Location> locations, CancellationToken ct)
    {
        var rows = await db.Stock.AsNoTracking().Where(s => skus.Contains(s.Sku)).ToListAsync(ct);
        return [.. rows.Where(s => locations.ContainsKey(s.LocationCode))
            .Select(s => new StockAtLocation(locations[s.LocationCode], s.Sku, allocation.AvailableToSell(locations[s.LocationCode], s.AvailableToPromise)))];
    }

    private async Task<SourcingPlan> PlanAsync(Order order, List<OrderLine> lines, SourcingRuleSet rules, ChannelAllocation allocation,
        IReadOnlyDictionary<string, Location> locations, CommandContext ctx, CancellationToken ct)
    {
        var stock = await StockAsync([.. lines.Select(l => l.Sku).Distinct(StringComparer.Ordinal)], allocation, locations, ctx.Stock, ct);
        var request = SourcingRequests.ForOrder(order, lines) with { Locations = [.. locations.Values] };
        return SourcingOptimiser.Plan(request, rules, stock, options.Value.Sourcing.CentralLocation);
    }

    /// <summary>Splits lines the plan spreads over several locations, allocates each part and plans its reservation.</summary>
    private static void Assign(Order order, SourcingPlan plan, ChannelAllocation allocation, IReadOnlyDictionary<string, Location> locations, CommandContext ctx)
    {
        foreach (var byLine in plan.Assignments.GroupBy(a => a.LineId))
        {
            var line = order.Line(byLine.Key);
            var assignments = byLine.ToList();
            var parts = new List<(OrderLine Line, Assignment Assignment)>();
            foreach (var extra in assignments.Skip(1))
                parts.Add((order.SplitLine(line.Id, extra.Quantity, ctx.Now, Sourcing), extra));
            parts.Add((line, assignments[0]));
            foreach (var (part, a) in parts)
            {
                // The plan's reasons start with the location code, which the timeline entry already names.
                var reason = string.IsNullOrWhiteSpace(a.Reason) ? "chosen by the sourcing plan"
                    : a.Reason.StartsWith($"{a.LocationCode}: ", StringComparison.Ordinal) ? a.Reason[(a.LocationCode.Length + 2)..] : a.Reason;
                var source = StockSource.Order(order.Number, $"line {part.LineNumber} allocated");
                ctx.Stock.Reserve(a.LocationCode, part.Sku, part.Quantity, source, allocation.RuleFor(locations[a.LocationCode]));
                if (order.Allocate(part.Id, a.LocationCode, reason, ctx.Now, Sourcing, a.TransferTo) is { } promise)
                    ctx.Stock.Apply([promise], source);
            }
        }
    }

    /// <param name="decision">The plan's sentence for the line, e.g. "back-ordered: its candidates hold fewer than 3 unit(s)".</param>
    private async Task GiveUpAsync(Order order, OrderLine line, string? decision, IReadOnlyDictionary<string, Location> locations,
        bool mayBackorder, CommandContext ctx, CancellationToken ct)
    {
        const string Prefix = "back-ordered: ";
        var reason = decision is not null && decision.StartsWith(Prefix, StringComparison.Ordinal) ? decision[Prefix.Length..] : NoStockReason(line);
        if (line.RejectedLocations.Count > 0)
            order.Escalate(line.Id, $"rejected by {string.Join(", ", line.RejectedLocations)}; {reason}", ctx.Now, Sourcing);
        else if (!mayBackorder)
            order.Escalate(line.Id, $"{reason}, and channel {order.ChannelCode} takes no back-orders", ctx.Now, Sourcing);
        else if (!await PromiseAgainstReceiptAsync(order, line, locations, ctx, ct))
            order.Backorder(line.Id, reason, ctx.Now, Sourcing);
    }

    private static IEnumerable<OrderLine> Waiting(Order order) => order.Lines
        .Where(l => l.DeliveryMethod != DeliveryMethod.CarryOut && l.Status is LineStatus.Created or LineStatus.Backordered or LineStatus.Exception)
        .OrderBy(l => l.LineNumber);

    /// <summary>A pre-order: promises the line against the earliest expected receipt that may still be sold against.</summary>
    private async Task<bool> PromiseAgainstReceiptAsync(Order order, OrderLine line, IReadOnlyDictionary<string, Location> locations,
        CommandContext ctx, CancellationToken ct)
    {
        var limit = options.Value.Sourcing.PreorderLimitPercent;
        var receipts = await ctx.Db.ExpectedReceipts.AsNoTracking()
            .Where(r => r.Sku == line.Sku && r.Status == ReceiptStatus.Open)
            .OrderBy(r => r.ExpectedAt).ThenBy(r => r.Id).ToListAsync(ct);
        foreach (var r in receipts.Where(r => CanServe(line, r.LocationCode, locations)))
        {
            var promised = r.Promised + ctx.Stock.PlannedPromises(r.Id);
            if ((promised + line.Quantity) * 100L > (long)r.Quantity * limit) continue;
            ctx.Stock.Promise(r.Id, r.LocationCode, line.Sku, line.Quantity, limit, StockSource.Order(order.Number, $"line {line.LineNumber} pre-ordered"));
            order.BackorderAgainstReceipt(line.Id, r.Id, r.Reference, r.LocationCode, r.ExpectedAt, ctx.Now, Sourcing);
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
