namespace Oms.Server.Features.Connectors.X12;

/// <summary>
/// A syntax problem the 997 reports: at a segment (AK3 with <see cref="SegmentCode"/>, e.g. 3 "mandatory segment missing")
/// and optionally at an element of it (AK4 with <see cref="ElementCode"/>, e.g. 1 "mandatory data element missing",
/// 6 "invalid character", 7 "invalid code value", 8 "invalid date"), and the field to blame (<c>PO1[2].PO102</c>).
/// </summary>
public sealed record X12SyntaxError(string SegmentId, int Position, string SegmentCode, int? Element, string? ElementCode,
    string Message, string Field);
