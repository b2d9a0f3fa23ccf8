namespace Oms.Server.Features.Connectors.X12;

/// <summary>
/// One segment: its id and its elements as sent (<see cref="this[int]"/> is 1-based as in X12 references, so BEG03 is
/// <c>seg[3]</c>; a missing element reads as empty). <see cref="Position"/> is its number counted from ST (1), as the 997's
/// AK3 reports it, or from the start of the interchange for envelope segments.
/// </summary>
public sealed record X12Segment(string Id, IReadOnlyList<string> Elements, int Position)
{
    public string this[int index] => index >= 1 && index <= Elements.Count ? Elements[index - 1] : "";

    /// <summary>The components of a composite element (split on the interchange's component separator).</summary>
    public IReadOnlyList<string> Components(int index, char separator) => this[index].Split(separator);
}
