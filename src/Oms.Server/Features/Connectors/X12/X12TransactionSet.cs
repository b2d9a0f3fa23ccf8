namespace Oms.Server.Features.Connectors.X12;

/// <summary>
/// One transaction set (ST … SE) with its segments (ST and SE included, positions counted from ST = 1), and the envelope
/// problems found in it, as the 997's AK5 codes (3 "SE control number does not match ST", 4 "segment count wrong").
/// </summary>
public sealed record X12TransactionSet(string Id, string ControlNumber, IReadOnlyList<X12Segment> Segments,
    IReadOnlyList<string> EnvelopeErrors)
{
    /// <summary>The segments between ST and SE.</summary>
    public IEnumerable<X12Segment> Body => Segments.Where(s => s.Id is not ("ST" or "SE"));
}
