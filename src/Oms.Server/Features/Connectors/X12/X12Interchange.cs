namespace Oms.Server.Features.Connectors.X12;

/// <summary>
/// A whole interchange (ISA … IEA) as read: the sender's and receiver's qualified ids (trimmed), its control number
/// (ISA13), version (ISA12), test or production (ISA15), the separators it used, and its groups.
/// </summary>
public sealed record X12Interchange(string SenderQualifier, string SenderId, string ReceiverQualifier, string ReceiverId,
    string ControlNumber, string Version, bool Test, X12Separators Separators, IReadOnlyList<X12Group> Groups,
    IReadOnlyList<string> EnvelopeErrors);
