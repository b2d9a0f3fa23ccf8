using System.Text.Json;
using Microsoft.Extensions.Options;
using Oms.Domain.Common;
using Oms.Domain.Orders;
using Oms.Domain.Sourcing;
using Oms.Persistence;
using Oms.Server.Core;
using Oms.Server.Core.Configuration;
using Oms.Server.Core.Geocoding;
using Oms.Server.Core.Sourcing;

namespace Oms.Server.Features.Sourcing.Replay;

/// <summary>
/// "Where would this order go, and why": plans a sample order with the optimiser against the stock as stored now (the
/// channel's allocation applied), as capture would, and returns the plan with its explanation. Writes nothing.
/// </summary>
public sealed class SourcingTrial(IOptions<OmsOptions> options, PostalCodeGeocoder geocoder)
{
    public async Task<SourcingTrialResponse> RunAsync(SourcingTrialRequest body, OmsDbContext db, CancellationToken ct)
    {
        var snapshot = await ReferenceCache.For(db).GetAsync(db, ct);
        var channel = body.Channel ?? "";
        if (!snapshot.Channels.ContainsKey(channel)) throw new BusinessRuleException("channel", $"Unknown channel '{channel}'.");
        var lines = CheckLines(body.Lines ?? [], snapshot.Locations);
        var candidate = body.Key is null && body.Version is null && body.Document is not { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined }
            ? null : await CandidateRuleSet.LoadAsync(db, body.Key, body.Version, body.Document, ct);
        var point = await geocoder.PointAsync(body.Latitude, body.Longitude, body.PostalCode, body.Country, ct);
        var allocation = await db.AllocationAsync(channel, ct);
        var stock = await LineSourcer.StoredStockAsync(db, [.. lines.Select(l => l.Sku).Distinct(StringComparer.Ordinal)], allocation,
            snapshot.Locations, ct);
        var plans = new List<SourcingTrialPlan>();
        foreach (var group in lines.GroupBy(l => l.Method))
        {
            var (rules, label) = candidate?.Resolve(snapshot, channel, group.Key) ?? SourcingRuleSets.Resolve(snapshot, channel, group.Key);
            var request = new SourcingRequest(channel, point, [.. group]) { DestinationNote = "the sample order's point", Locations = [.. snapshot.Locations.Values] };
            var plan = SourcingOptimiser.Plan(request, rules, stock, options.Value.Sourcing.CentralLocation);
            var numbers = lines.Select((l, i) => (l.LineId, Number: i + 1)).ToDictionary(x => x.LineId, x => x.Number);
            plans.Add(new SourcingTrialPlan(JsonNamingPolicy.CamelCase.ConvertName(group.Key.ToString()), label,
                [.. plan.Assignments.Select(a => new ReplayAssignment(numbers[a.LineId], lines.First(l => l.LineId == a.LineId).Sku, a.LocationCode,
                    a.Quantity, a.TransferTo))],
                [.. plan.Unassigned.Select(id => numbers[id])], plan.Explanation));
        }
        return new SourcingTrialResponse(channel, plans);
    }

    private static List<SourcingLine> CheckLines(IReadOnlyList<SourcingTrialLine> lines, IReadOnlyDictionary<string, Oms.Domain.Network.Location> locations)
    {
        var errors = new Dictionary<string, string[]>();
        if (lines.Count is 0 or > 100) errors["lines"] = ["lines must hold 1 to 100 lines."];
        var result = new List<SourcingLine>();
        for (var i = 0; i < Math.Min(lines.Count, 100); i++)
        {
            var l = lines[i];
            var method = l.DeliveryMethod ?? DeliveryMethod.ShipToAddress;
            if (string.IsNullOrWhiteSpace(l.Sku)) errors[$"lines[{i}].sku"] = ["sku is required."];
            if (l.Quantity is not (>= 1 and <= 100_000)) errors[$"lines[{i}].quantity"] = ["quantity must be between 1 and 100000."];
            if (method == DeliveryMethod.CarryOut) errors[$"lines[{i}].deliveryMethod"] = ["A carry-out line is never sourced."];
            if (method is DeliveryMethod.PickupInStore or DeliveryMethod.CarrierPickupPoint
                && (l.PickupLocation is null || !locations.ContainsKey(l.PickupLocation)))
                errors[$"lines[{i}].pickupLocation"] = [$"A {JsonNamingPolicy.CamelCase.ConvertName(method.ToString())} line needs a known pickupLocation."];
            result.Add(new SourcingLine(Guid.CreateVersion7(), l.Sku ?? "", l.Quantity ?? 0, method, l.PickupLocation));
        }
        if (errors.Count > 0) throw new BusinessRuleException("The sample order is invalid.", errors);
        return result;
    }
}
