using Oms.Domain.Orders;

namespace Oms.Domain.Sourcing;

/// <summary>Writes the explanation and the per-assignment reasons from the candidates and the chosen parts.</summary>
internal sealed class ExplanationBuilder(SourcingRuleSet rules, PlanProblem problem, IReadOnlyList<LineCandidates> lines, IReadOnlyList<Part> parts)
{
    private readonly ILookup<int, Part> byLine = parts.ToLookup(x => x.Line);
    private readonly ILookup<int, int> linesByLoc = parts.ToLookup(x => x.Loc, x => x.Line);

    /// <summary>The assignments of planned line <paramref name="j"/>, with their reasons.</summary>
    public IReadOnlyList<Assignment> AssignmentsOf(int j)
    {
        var line = lines[j];
        var mine = byLine[j].ToList();
        if (mine.Count == 0) return [];
        var split = mine.Count > 1
            ? $"split over {string.Join(", ", mine.Select(x => $"{Code(x)} ({x.Quantity}{(x.Transfer ? $", transfer to {line.Line.PickupLocation}" : "")})"))}: no single allowed location could supply {line.Line.Quantity}"
            : null;
        return [.. mine.Select(x => new Assignment(line.Line.LineId, Code(x), x.Quantity,
            x.Transfer ? line.Line.PickupLocation : null, split ?? ReasonFor(j, x)))];
    }

    public LineExplanation Explain(int j, IReadOnlyList<Assignment> chosen)
    {
        var c = lines[j];
        var decision = chosen.Count > 0 ? chosen[0].Reason : BackorderReason(j);
        var chosenCodes = chosen.Select(a => a.LocationCode).ToHashSet(StringComparer.Ordinal);
        var listed = c.Kept.Take(CandidateScore.MaxListed)
            .Concat(c.Kept.Skip(CandidateScore.MaxListed).Where(k => chosenCodes.Contains(k.Location.Code)))
            .Select(ToScore).ToList();
        return new LineExplanation(c.Line.LineId, c.Line.Sku, c.Line.Quantity, ApiName(c.Line.Method), c.Line.PickupLocation,
            c.DestinationNote, c.Considered, c.FilteredOut.ToGroups(), listed, c.Kept.Count, chosen, decision);
    }

    public static LineExplanation NotSourced(SourcingLine line) => new(line.LineId, line.Sku, line.Quantity, ApiName(line.Method),
        line.PickupLocation, "", 0, [], [], 0, [], "not sourced: carried out at the till");

    public string Summary(PlanKey key, PlanKey lineByLine)
    {
        if (lines.Count == 0) return "nothing to source";
        var assigned = lines.Count - key.UnassignedLines;
        var codes = string.Join(", ", parts.OrderBy(x => x.Line).Select(Code).Distinct(StringComparer.Ordinal));
        var text = key.Shipments > 0
            ? $"{assigned} of {lines.Count} line(s) assigned from {key.Shipments} location(s) ({codes})"
            : $"none of {lines.Count} line(s) could be assigned";
        if (key.UnassignedLines > 0 && assigned > 0) text += $"; {key.UnassignedLines} back-ordered";
        if (key.Transfers > 0) text += $"; {key.Transfers} part(s) by transfer to the pickup store";
        text += $"; score {key.Score:0.##}" + (rules.FewerShipmentsFirst ? " (fewer shipments first)" : "");
        var unknown = lines.Where(l => l.UnknownDistanceReason is not null).GroupBy(l => l.UnknownDistanceReason, StringComparer.Ordinal);
        foreach (var why in unknown)
            text += $"; distance unknown for {why.Count()} line(s): {why.Key}";
        if (lineByLine == key) return text;
        text += $"; line by line it would have been {lineByLine.Shipments} shipment(s), score {lineByLine.Score:0.##}";
        return lineByLine.UnassignedLines > key.UnassignedLines ? text + $", {lineByLine.UnassignedLines} back-ordered" : text;
    }

    private string ReasonFor(int j, Part x)
    {
        var line = lines[j];
        var code = Code(x);
        if (x.Transfer)
            return $"transfer to {line.Line.PickupLocation} from {code}: the chosen store cannot serve it from its own stock";
        if (line.IsPickup) return $"{code}: the store the customer chose for pickup";
        var rank = line.Kept.FindIndex(k => k.Location.Code == code) + 1;
        var head = $"{code}: {(rank == 1 ? "best-ranked" : $"ranked {rank}")} of {line.Kept.Count} candidate(s) ({ScoreText(line.Kept[rank - 1])})";
        if (rank == 1) return head;
        return linesByLoc[x.Loc].Any(other => other != j)
            ? head + "; ships together with other lines of the order"
            : head + "; better-ranked locations lacked stock or shipments left in this plan";
    }

    /// <summary>Why line <paramref name="j"/> is back-ordered, and that its distances are unknown if so (a rule may need them).</summary>
    private string BackorderReason(int j)
        => lines[j].UnknownDistanceReason is { } why ? $"{BackorderCause(j)}; distance unknown: {why}" : BackorderCause(j);

    private string BackorderCause(int j)
    {
        var c = lines[j];
        if (c.Considered == 0) return $"back-ordered: no location has a stock record for {c.Line.Sku}";
        if (c.Kept.Count == 0) return $"back-ordered: no candidate passes the rules (most removed by {c.FilteredOut.Largest()})";
        if (c.Kept.Sum(k => (long)k.Available) < c.Line.Quantity)
            return $"back-ordered: its candidates hold fewer than {c.Line.Quantity} unit(s) in total";
        var usedLocs = parts.Select(x => x.Loc).Distinct().Count();
        return usedLocs >= problem.MaxShipments
            ? $"back-ordered: the order may use at most {problem.MaxShipments} shipment(s), and the chosen ones cannot serve it"
            : "back-ordered: its candidates' available stock went to other lines of the order";
    }

    private CandidateScore ToScore(ScoredCandidate k) => ToScore(rules, k);

    internal static CandidateScore ToScore(SourcingRuleSet rules, ScoredCandidate k) => new(k.Location.Code, k.Available, k.Transfer,
        [.. rules.Rankers.Select((r, i) => (r, i)).Where(t => t.r is not ShipmentsRanker)
            .Select(t => new RankerScore(t.r.Type, Unmeasured(t.r, k) ? null : Round(k.Values[t.i]), t.r.Unit, t.r.Weight,
                Round(k.Values[t.i] * t.r.Weight)))],
        Round(k.Score));

    /// <summary>A distance to an unknown point: the ranker scored it 0, which is not a distance of 0 km.</summary>
    private static bool Unmeasured(SourcingRanker r, ScoredCandidate k) => r is DistanceRanker && k.DistanceKm is null;

    private string ScoreText(ScoredCandidate k)
    {
        var parts = rules.Rankers.Select((r, i) => (r, i)).Where(t => t.r is not ShipmentsRanker && t.r.Weight > 0)
            .Select(t => Unmeasured(t.r, k) ? $"{t.r.Type} unknown" : t.r.Unit switch
            {
                "km" or "days" => $"{t.r.Type} {k.Values[t.i]:0.##} {t.r.Unit}",
                "rank" => $"{t.r.Type} rank {k.Values[t.i]:0.##}",
                _ => $"{t.r.Type} {k.Values[t.i]:0.##}",
            });
        return $"score {k.Score:0.##}" + (parts.Any() ? ": " + string.Join(", ", parts) : "");
    }

    private string Code(Part x) => problem.Locations[x.Loc].Code;

    internal static double Round(double v) => Math.Round(v, 3);

    /// <summary>The API's camelCase spelling, so the stored explanation reads like the API.</summary>
    private static string ApiName(DeliveryMethod m) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(m.ToString());
}
