using System.Text.Json.Nodes;
using Oms.Domain.Connectors;
using Oms.Domain.Orders;
using Oms.Server.Core.Inbox;
using Oms.Server.Features.Connectors;
using Oms.Server.Features.Connectors.X12;

namespace Oms.Server.Tests.Connectors;

/// <summary>Reading interchanges and 850s, and writing 997, 855 and 856, without a server.</summary>
public sealed class X12DocumentTests
{
    private static readonly DateTime Now = new(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc);

    private static ConnectorRuntime Connector(Dictionary<string, string>? skus = null) => new(Guid.NewGuid(), "acme", ConnectorKind.X12, "b2b",
        new JsonObject { ["partnerIsaId"] = "ACMEB2B", ["isaId"] = "OMSRETAIL", ["customerEmail"] = "desk@acme.example" },
        new Dictionary<string, string>(), new ConnectorMapping(skus, ShippingMethods: new Dictionary<string, DeliveryMethod>
        { ["PostNL Standard"] = DeliveryMethod.ShipToAddress }), null);

    private static InboundMessage Message(X12Interchange i, int set)
    {
        var group = i.Groups[0];
        return new InboundMessage(Guid.NewGuid(), "acme", Guid.NewGuid(), "850", "k", EdiReceiver.ContentType,
            EdiReceiver.Alone(i, group, group.Sets[set]), null, Now);
    }

    [Fact]
    public void Separators_come_from_the_ISA_whatever_the_partner_uses()
    {
        var pipes = X12Reader.Read(X12Payloads.Read("850-pipes-newlines.x12"));
        Assert.Equal(new X12Separators('|', ':', '\n'), pipes.Separators);
        Assert.True(pipes.Test);
        Assert.Equal(("ACMEB2B", "OMSRETAIL", "000004600"), (pipes.SenderId, pipes.ReceiverId, pipes.ControlNumber));
        Assert.Empty(Assert.Single(Assert.Single(pipes.Groups).Sets).EnvelopeErrors);

        var stars = X12Reader.Read(X12Payloads.Read("850-two-orders.edi"));
        Assert.Equal(new X12Separators('*', '>', '~'), stars.Separators);
        var group = Assert.Single(stars.Groups);
        Assert.Equal(("PO", "4581", "004010"), (group.FunctionalId, group.ControlNumber, group.Version));
        Assert.Equal(["0001", "0002"], group.Sets.Select(s => s.ControlNumber));
        Assert.All(group.Sets, s => Assert.Empty(s.EnvelopeErrors));
        Assert.Empty(group.EnvelopeErrors);
        Assert.Empty(stars.EnvelopeErrors);
    }

    [Fact]
    public void Text_without_an_ISA_is_not_an_interchange()
    {
        Assert.Throws<X12EnvelopeException>(() => X12Reader.Read("hello world"));
        Assert.Throws<X12EnvelopeException>(() => X12Reader.Read("ISA*00*short~"));
    }

    [Fact]
    public void An_850_becomes_a_capture_with_the_PO_number_lines_parties_and_mapped_parts()
    {
        var interchange = X12Reader.Read(X12Payloads.Read("850-two-orders.edi"));
        var adapter = new X12Adapter(null!, TimeProvider.System);

        var capture = Assert.IsType<ChannelInstruction.Capture>(adapter.Interpret(Connector(new() { ["ACME-778"] = "SKU-0002" }), Message(interchange, 0)));

        var o = capture.Order;
        Assert.Equal(("b2b", "ACME-PO-43004", "EUR"), (o.Channel, o.ChannelOrderId, o.Currency));
        Assert.Equal(("orders@acme-b2b.example", "Tim Brown", "+31201234567"), (o.Customer!.Email, o.Customer.Name, o.Customer.Phone));
        Assert.Equal(("ACME Store Utrecht, Receiving dock 3", "Vredenburg 40", "3511 BD", "Utrecht", "NL"),
            (o.ShippingAddress!.Name, o.ShippingAddress.Line1, o.ShippingAddress.PostalCode, o.ShippingAddress.City, o.ShippingAddress.Country));
        Assert.Equal(("ACME Supply B.V.", "Amsterdam"), (o.BillingAddress!.Name, o.BillingAddress.City));
        Assert.Equal([("SKU-0001", 2, 19.95m, "1"), ("SKU-0002", 1, 24.50m, "2")],
            o.Lines!.Select(l => (l!.Sku!, l.Quantity!.Value, l.UnitPrice!.Value, l.ChannelLineId!)));
        Assert.All(o.Lines!, l => Assert.Equal(DeliveryMethod.ShipToAddress, l!.DeliveryMethod));

        var second = Assert.IsType<ChannelInstruction.Capture>(adapter.Interpret(Connector(), Message(interchange, 1))).Order;
        Assert.Equal(("orders@acme-b2b.example", "Tim Brown", "SKU-0003", "NL"),
            (second.Customer!.Email, second.Customer.Name, second.Lines![0]!.Sku!, second.ShippingAddress!.Country));
    }

    [Fact]
    public void A_part_the_mapping_does_not_know_is_refused_naming_the_PO1_element()
    {
        var interchange = X12Reader.Read(X12Payloads.Read("850-unmapped-part.edi"));
        var adapter = new X12Adapter(null!, TimeProvider.System);

        var e = Assert.Throws<InboundRejectedException>(() => adapter.Interpret(Connector(), Message(interchange, 0)));

        Assert.Equal("PO1[1].PO107", e.Field);
        Assert.Contains("BP ACME-999", e.Message, StringComparison.Ordinal);
        Assert.IsType<ChannelInstruction.Capture>(adapter.Interpret(Connector(new() { ["871234509999"] = "SKU-0004" }), Message(interchange, 0)));
    }

    [Fact]
    public void A_cancellation_PO_cancels_the_order_of_that_PO_number()
    {
        var text = X12Payloads.Read("850-pipes-newlines.x12").Replace("BEG|00|SA", "BEG|01|SA", StringComparison.Ordinal);
        var cancel = Assert.IsType<ChannelInstruction.Cancel>(new X12Adapter(null!, TimeProvider.System).Interpret(Connector(), Message(X12Reader.Read(text), 0)));
        Assert.Equal("ACME-PO-43020", cancel.ChannelOrderId);
    }

    [Fact]
    public void The_997_rejects_a_set_with_a_wrong_count_and_one_with_bad_elements_naming_segment_and_element()
    {
        var interchange = X12Reader.Read(X12Payloads.Read("850-broken-envelope.edi"));
        var group = interchange.Groups[0];
        var errors = group.Sets.ToDictionary(s => s.ControlNumber, s => PurchaseOrderReader.Read(s).Errors);

        var ack = FunctionalAcknowledgement.Build(group, errors).Select(s => string.Join('*', s)).ToList();

        Assert.Equal([
            "AK1*PO*4591",
            "AK2*850*0001", "AK5*R*4",
            "AK2*850*0002", "AK3*BEG*2**8", "AK4*5**8", "AK3*PO1*6**8", "AK4*2**6", "AK5*R*5",
            "AK9*R*2*2*0"], ack);
    }

    [Fact]
    public void Written_interchanges_count_their_segments_and_read_back_clean()
    {
        var interchange = X12Reader.Read(X12Payloads.Read("850-two-orders.edi"));
        var (po, _) = PurchaseOrderReader.Read(interchange.Groups[0].Sets[0]);
        var text = new X12Writer()
            .Set("855", PurchaseOrderAcknowledgement.Build(po, accepted: true, "OMS-1", Now))
            .Set("997", FunctionalAcknowledgement.Build(interchange.Groups[0], new Dictionary<string, IReadOnlyList<X12SyntaxError>>()))
            .Write(new X12Party("ZZ", "OMSRETAIL", "OMSRETAIL"), new X12Party("ZZ", "ACMEB2B", "ACMEB2B"), 42, "PR", Now, test: false);

        var back = X12Reader.Read(text);
        Assert.Equal(("OMSRETAIL", "ACMEB2B", "000000042"), (back.SenderId, back.ReceiverId, back.ControlNumber));
        Assert.Empty(back.EnvelopeErrors);
        Assert.Empty(back.Groups[0].EnvelopeErrors);
        Assert.All(back.Groups[0].Sets, s => Assert.Empty(s.EnvelopeErrors));
        Assert.Equal(106, text.IndexOf('\n', StringComparison.Ordinal));
        Assert.Contains("BAK*00*AD*ACME-PO-43004*20261102****OMS-1*20261102~", text, StringComparison.Ordinal);
        Assert.Contains("PO1*1*2*EA*19.95**VP*SKU-0001*UP*871234500001~\nACK*IA*2*EA~", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_856_names_the_PO_the_parcel_and_each_line_shipped()
    {
        var notice = new ShipmentNotice("ship-1", "ACME-PO-43004", "OMS-7", "PostNL", "3SABC123", null, Now,
            [new NoticeLine("SKU-0001", "SKU-0001", "1", 2), new NoticeLine("SKU-0002", "ACME-778", "2", 1)]);

        var asn = ShipNotice.Build(notice).Select(s => string.Join('*', s)).ToList();

        Assert.Equal([
            "BSN*00*3SABC123*20261102*0900", "HL*1**S", "TD5*B*2*PostNL", "REF*CN*3SABC123", "DTM*011*20261102",
            "HL*2*1*O", "PRF*ACME-PO-43004***", "REF*VN*OMS-7",
            "HL*3*2*I", "LIN*1*VP*SKU-0001", "SN1**2*EA", "HL*4*2*I", "LIN*2*VP*ACME-778", "SN1**1*EA", "CTT*4"], asn);
    }
}
