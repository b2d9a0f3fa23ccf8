using System.Text;
using Oms.Domain.Common;
using Oms.Domain.Connectors;
using Oms.Server.Core.Inbox;

namespace Oms.Server.Features.Connectors.X12;

/// <summary>
/// Takes an interchange from a partner (uploaded or dropped): checks it comes from the connector's partner, stores each
/// transaction set as one inbox message (type = the set's id, dedup key = sender ISA id + ISA13 + ST02, body = the set in
/// an envelope of its own, so it can be read and replayed alone), answers each group with a 997 and each well-formed 850
/// the inbox accepted or rejected with an 855. An interchange delivered again finds its messages and answers as they were.
/// </summary>
public sealed class EdiReceiver(MessageInbox inbox, EdiDocuments documents, TimeProvider clock)
{
    public const string ContentType = "application/edi-x12";

    public async Task<EdiReceipt> ReceiveAsync(ConnectorRuntime connector, string text, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connector);
        var settings = X12Settings.Of(connector);
        var interchange = X12Reader.Read(text);
        if (!string.Equals(interchange.SenderId, settings.Partner.IsaId, StringComparison.Ordinal))
            throw new BusinessRuleException("ISA06", $"The interchange is from {interchange.SenderId}; connector {connector.Code} takes "
                + $"interchanges from {settings.Partner.IsaId}.");
        var sets = new List<EdiSetReceipt>();
        var docs = new List<EdiDocumentResponse>();
        foreach (var group in interchange.Groups)
        {
            var syntax = new Dictionary<string, IReadOnlyList<X12SyntaxError>>(StringComparer.Ordinal);
            var pos = new List<(PurchaseOrder Po, InboxReceipt Receipt)>();
            foreach (var set in group.Sets)
            {
                PurchaseOrder? po = null;
                if (set.Id == "850")
                {
                    var (order, errors) = PurchaseOrderReader.Read(set);
                    syntax[set.ControlNumber] = errors;
                    po = order;
                }
                var envelope = new InboundEnvelope(connector.Code, connector.Id, set.Id,
                    $"{interchange.SenderId}:{interchange.ControlNumber}:{set.ControlNumber}", ContentType, Alone(interchange, group, set));
                var receipt = await inbox.ReceiveAsync(envelope, ct);
                sets.Add(new EdiSetReceipt(set.Id, set.ControlNumber, po?.Number, receipt));
                // A set the 997 rejects gets no 855: the partner corrects and sends it again.
                if (po is not null && set.EnvelopeErrors.Count == 0 && syntax[set.ControlNumber].Count == 0) pos.Add((po, receipt));
            }
            var ack = await documents.WriteAsync(connector, "997", "FA", $"997:{interchange.SenderId}:{interchange.ControlNumber}:{group.ControlNumber}",
                group.ControlNumber, [("997", FunctionalAcknowledgement.Build(group, syntax))], ct);
            docs.Add(EdiDocumentResponse.Of(ack, withBody: false));
            foreach (var (po, receipt) in pos)
            {
                if (receipt.Status is not (InboundStatus.Accepted or InboundStatus.Rejected) || po.IsCancellation) continue;
                var accepted = receipt.Status == InboundStatus.Accepted;
                var doc = await documents.WriteAsync(connector, "855", "PR", $"855:{receipt.MessageId}", po.Number,
                    [("855", PurchaseOrderAcknowledgement.Build(po, accepted, accepted ? receipt.ResultId : null, clock.GetUtcNow().UtcDateTime))], ct);
                docs.Add(EdiDocumentResponse.Of(doc, withBody: false));
            }
        }
        return new EdiReceipt(interchange.ControlNumber, sets, docs);
    }

    /// <summary>One transaction set in its interchange's ISA and GS, with GE and IEA counting just it.</summary>
    public static string Alone(X12Interchange interchange, X12Group group, X12TransactionSet set)
    {
        ArgumentNullException.ThrowIfNull(interchange);
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(set);
        var s = interchange.Separators;
        var e = s.Element;
        var text = new StringBuilder();
        void Line(string segment) => text.Append(segment).Append(s.Segment).Append('\n');
        Line(string.Join(e, "ISA", "00", new string(' ', 10), "00", new string(' ', 10), interchange.SenderQualifier,
            interchange.SenderId.PadRight(15), interchange.ReceiverQualifier, interchange.ReceiverId.PadRight(15), "000101", "0000", "U",
            interchange.Version, interchange.ControlNumber.PadLeft(9, '0'), "0", interchange.Test ? "T" : "P", s.Component.ToString()));
        Line(string.Join(e, "GS", group.FunctionalId, group.Sender, group.Receiver, "20000101", "0000", group.ControlNumber, "X", group.Version));
        foreach (var segment in set.Segments) Line(X12Writer.Raw(segment, s));
        Line(string.Join(e, "GE", "1", group.ControlNumber));
        Line(string.Join(e, "IEA", "1", interchange.ControlNumber.PadLeft(9, '0')));
        return text.ToString();
    }
}
