namespace Oms.Server.Features.Connectors.X12;

/// <summary>
/// The delimiters of an interchange, read from its ISA: the element separator is the character after "ISA", the component
/// separator is ISA16, and the segment terminator the character after ISA16.
/// </summary>
public sealed record X12Separators(char Element, char Component, char Segment)
{
    /// <summary>What the OMS writes: <c>*</c>, <c>&gt;</c>, <c>~</c> (a line break after each terminator for people).</summary>
    public static readonly X12Separators Default = new('*', '>', '~');
}
