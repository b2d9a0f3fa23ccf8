using System.Globalization;

namespace Oms.Server.Features.Connectors.X12;

/// <summary>
/// The 997 for one received functional group: AK1 names the group, then per transaction set AK2, its syntax errors (AK3
/// segment, AK4 element) and AK5 (A accepted, R rejected, with the envelope error codes), and AK9 for the group (A all
/// accepted, P some, R none or the group's envelope was wrong) with the counts of sets included, received and accepted.
/// </summary>
public static class FunctionalAcknowledgement
{
    /// <param name="errors">The syntax errors per set, by the set's control number (none: the set is accepted).</param>
    public static List<string[]> Build(X12Group group, IReadOnlyDictionary<string, IReadOnlyList<X12SyntaxError>> errors)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(errors);
        var body = new List<string[]> { new[] { "AK1", group.FunctionalId, group.ControlNumber } };
        var accepted = 0;
        foreach (var set in group.Sets)
        {
            body.Add(["AK2", set.Id, set.ControlNumber]);
            var syntax = errors.GetValueOrDefault(set.ControlNumber) ?? [];
            foreach (var bySegment in syntax.GroupBy(e => (e.SegmentId, e.Position)))
            {
                var segmentCode = bySegment.Any(e => e.Element is null) ? bySegment.First(e => e.Element is null).SegmentCode : "8";
                body.Add(["AK3", bySegment.Key.SegmentId, bySegment.Key.Position.ToString(CultureInfo.InvariantCulture), "", segmentCode]);
                foreach (var e in bySegment.Where(e => e.Element is not null))
                    body.Add(["AK4", e.Element!.Value.ToString(CultureInfo.InvariantCulture), "", e.ElementCode ?? "1"]);
            }
            var ok = set.EnvelopeErrors.Count == 0 && syntax.Count == 0;
            if (ok) accepted++;
            // AK5 codes: the envelope's (2, 3, 4), or 5 "one or more segments in error".
            var codes = set.EnvelopeErrors.Count > 0 ? set.EnvelopeErrors.Take(5).ToList() : syntax.Count > 0 ? ["5"] : [];
            body.Add(["AK5", ok ? "A" : "R", .. codes]);
        }
        var count = group.Sets.Count.ToString(CultureInfo.InvariantCulture);
        var status = group.EnvelopeErrors.Count > 0 || accepted == 0 ? "R" : accepted == group.Sets.Count ? "A" : "P";
        body.Add(["AK9", status, count, count, accepted.ToString(CultureInfo.InvariantCulture), .. group.EnvelopeErrors.Take(5)]);
        return body;
    }
}
