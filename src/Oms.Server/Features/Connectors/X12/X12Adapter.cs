using Oms.Domain.Connectors;
using Oms.Server.Core.Inbox;

namespace Oms.Server.Features.Connectors.X12;

/// <summary>
/// EDI X12 trading partners (B2B customers, drop-ship partners). Nothing is pushed over HTTP with a signature: interchanges
/// come by upload (<c>POST /api/connectors/{code}/edi</c>) or the drop folder and are stored by <see cref="EdiReceiver"/>.
/// An 850 becomes a capture (BEG01 01, a cancellation PO, cancels the order); answers are files: 856 on shipment, 855
/// (change or cancellation) when the OMS cancels; refunds and availability have no X12 answer here (810 invoices and 846
/// inventory advice are not written).
/// </summary>
public sealed class X12Adapter(EdiDocuments documents, TimeProvider clock) : IChannelAdapter
{
    public ConnectorKind Kind => ConnectorKind.X12;

    public IReadOnlyList<string> RequiredSecrets => [];

    public IReadOnlyList<string> RequiredSettings => X12Settings.Required;

    public InboundEnvelope ReadWebhook(ConnectorRuntime connector, ChannelWebhook webhook)
        => throw new NotSupportedException("X12 partners send interchanges to POST /api/connectors/{code}/edi or the drop folder.");

    public ChannelInstruction Interpret(ConnectorRuntime connector, InboundMessage message)
    {
        ArgumentNullException.ThrowIfNull(connector);
        ArgumentNullException.ThrowIfNull(message);
        if (message.MessageType != "850") return new ChannelInstruction.Ignore($"The OMS does not act on X12 {message.MessageType} documents.");
        X12Interchange interchange;
        try
        {
            interchange = X12Reader.Read(message.Body);
        }
        catch (X12EnvelopeException e)
        {
            throw new InboundRejectedException("ISA", e.Message);
        }
        var set = interchange.Groups.SelectMany(g => g.Sets).FirstOrDefault()
            ?? throw new InboundRejectedException("ST", "The message holds no transaction set.");
        if (set.EnvelopeErrors.Count > 0)
            throw new InboundRejectedException("SE", $"The transaction set's envelope is broken (997 AK5 codes {string.Join(", ", set.EnvelopeErrors)}): "
                + "SE must close it with the number of segments and ST's control number.");
        var (po, errors) = PurchaseOrderReader.Read(set);
        if (errors.Count > 0) throw new InboundRejectedException(errors[0].Field, string.Join(" ", errors.Select(e => e.Message)));
        if (po.IsCancellation) return new ChannelInstruction.Cancel(po.Number, "Cancelled by the buyer (850 BEG01 01).");
        return new ChannelInstruction.Capture(PurchaseOrderMapping.ToCapture(po, connector, X12Settings.Of(connector)));
    }

    public async Task ConfirmShipmentAsync(ConnectorRuntime connector, ShipmentNotice notice, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(notice);
        await documents.WriteAsync(connector, "856", "SH", $"856:{notice.Key}", notice.ChannelOrderId,
            [("856", ShipNotice.Build(notice))], ct);
    }

    public async Task ReportCancellationAsync(ConnectorRuntime connector, CancellationNotice notice, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(notice);
        await documents.WriteAsync(connector, "855", "PR", $"855-cancel:{notice.Key}", notice.ChannelOrderId,
            [("855", PurchaseOrderAcknowledgement.Cancellation(notice.ChannelOrderId, notice.OrderNumber, notice.WholeOrder, notice.Lines,
                clock.GetUtcNow().UtcDateTime))], ct);
    }

    /// <summary>B2B refunds are settled by credit note outside EDI here: nothing to send.</summary>
    public Task ReportRefundAsync(ConnectorRuntime connector, RefundNotice notice, CancellationToken ct) => Task.CompletedTask;

    /// <summary>No 846 inventory advice is sent: partners order against their agreements.</summary>
    public Task PushAvailabilityAsync(ConnectorRuntime connector, IReadOnlyList<SkuAvailability> levels, CancellationToken ct)
        => Task.CompletedTask;
}
