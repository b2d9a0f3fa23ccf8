namespace Oms.Server.Features.Connectors.X12;

/// <summary>
/// One functional group (GS … GE): functional id (PO for 850s), application sender and receiver, control number,
/// version, its transaction sets, and the group-level errors as AK9 codes (4 "group control number in GE does not match
/// GS", 5 "number of included transaction sets does not match").
/// </summary>
public sealed record X12Group(string FunctionalId, string Sender, string Receiver, string ControlNumber, string Version,
    IReadOnlyList<X12TransactionSet> Sets, IReadOnlyList<string> EnvelopeErrors);
