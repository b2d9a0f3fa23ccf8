using System.Net;
using System.Text;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Oms.Domain.Catalog;
using Oms.Server.Core.Outbox;
using Oms.Server.Features.Network;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oms.Domain.Common;
using Oms.Domain.Connectors;
using Oms.Persistence;
using Oms.Server.Core.Contracts;
using Oms.Server.Core.Inbox;
using Oms.Server.Features.Connectors;
using Oms.Server.Features.Connectors.X12;
using Oms.Server.Tests.Infrastructure;
using Oms.Server.Web;

namespace Oms.Server.Tests.Connectors;

/// <summary>
/// An EDI partner's 850s through the public API and the drop folder: captured once however often they come, answered with a
/// 997 per group and an 855 per PO with their own control numbers, told with an 856 when the order ships; bad ones are
/// rejected in the 997 or kept in the inbox with the field to blame, and replayed once the mapping is fixed.
/// </summary>
public abstract class X12ConnectorTests(OmsFixture fx) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("oms-x12-").FullName;
    private OmsClient Api => fx.Api;

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    private static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..(7 - prefix.Length)].ToUpperInvariant();

    private sealed record Partner(Guid Id, string Code, string Channel);

    /// <summary>
    /// A partner with its own channel and connector, created through the API. Partner ids are 7 characters so that ISA06 keeps
    /// its width; each test has its own partner and PO numbers.
    /// </summary>
    private async Task<(Partner Connector, string Partner, string Out, string Drop)> ConnectorAsync(Dictionary<string, string>? skus = null)
    {
        var partner = Unique("P");
        var code = partner.ToLowerInvariant();
        var (outbound, drop) = (Path.Combine(_folder, partner, "out"), Path.Combine(_folder, partner, "in"));
        var channel = await Api.Http.PutAsJsonAsync($"/api/channels/{code}", new ChannelRequest(code, $"EDI partner {partner}", ChannelType.Webshop, "EUR"),
            OmsClient.Json);
        Assert.True(channel.IsSuccessStatusCode, await channel.Content.ReadAsStringAsync());
        var created = await Api.ExpectAsync<ConnectorResponse>(await Api.PostAsync("/api/connectors",
            new ConnectorRequest(code, ConnectorKind.X12, code, Settings(partner), null, new ConnectorMapping(skus))), HttpStatusCode.Created);
        return (new Partner(created.Id, created.Code, created.Channel), partner, outbound, drop);
    }

    private JsonObject Settings(string partner) => new()
    {
        ["partnerIsaId"] = partner, ["isaId"] = "OMSRETAIL", ["customerEmail"] = "desk@partner.example",
        ["outboundFolder"] = Path.Combine(_folder, partner, "out"), ["dropFolder"] = Path.Combine(_folder, partner, "in"),
    };

    private async Task<HttpResponseMessage> UploadAsync(string code, string text, string media = "application/edi-x12")
        => await Api.Http.PostAsync($"/api/connectors/{code}/edi", new StringContent(text, Encoding.UTF8, media));

    private async Task<EdiReceipt> ReceiveAsync(string code, string text)
        => await Api.ExpectAsync<EdiReceipt>(await UploadAsync(code, text), HttpStatusCode.OK);

    private async Task<List<EdiDocumentResponse>> OutboundAsync(string code, string? type = null)
        => (await Api.ExpectAsync<CursorPage<EdiDocumentResponse>>(
            await Api.Http.GetAsync($"/api/connectors/{code}/edi/outbound{(type is null ? "" : $"?type={type}")}"), HttpStatusCode.OK)).Items.ToList();

    private async Task<InboundMessage> MessageAsync(Guid id)
    {
        using var scope = fx.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<OmsDbContext>().InboundMessages.AsNoTracking().FirstAsync(m => m.Id == id);
    }

    [Fact]
    public async Task An_850_delivered_three_times_is_captured_once_and_answered_with_one_997_and_an_855_per_PO()
    {
        var (c, partner, outbound, _) = await ConnectorAsync(new() { ["ACME-778"] = "SKU-0002" });
        var text = X12Payloads.From("850-two-orders.edi", partner, partner);

        var first = await ReceiveAsync(c.Code, text);
        var second = await ReceiveAsync(c.Code, text);
        var third = await ReceiveAsync(c.Code, text);

        Assert.All(first.Sets, s => Assert.Equal((InboundStatus.Accepted, false, "order"), (s.Inbox.Status, s.Inbox.Duplicate, s.Inbox.ResultType)));
        Assert.All(second.Sets.Concat(third.Sets), s => Assert.True(s.Inbox.Duplicate));
        Assert.Equal(first.Sets.Select(s => s.Inbox.ResultId), third.Sets.Select(s => s.Inbox.ResultId));
        var order = await Api.GetOrderAsync(first.Sets[0].Inbox.ResultId!);
        Assert.Equal((c.Channel, $"{partner}-PO-43004", "orders@acme-b2b.example"), (order.Channel, order.ChannelOrderId, order.Customer!.Email));
        Assert.Equal([("SKU-0001", 2, 19.95m, "1"), ("SKU-0002", 1, 24.50m, "2")],
            order.Lines.Select(l => (l.Sku, l.Quantity, l.UnitPrice, l.ChannelLineId!)));
        using (var scope = fx.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OmsDbContext>();
            Assert.Equal(1, await db.Orders.CountAsync(o => o.ChannelOrderId == $"{partner}-PO-43004"));
            Assert.Equal(2, (await db.InboundMessages.Where(m => m.Source == c.Code).Select(m => m.Duplicates).ToListAsync()).Sum() / 2);
        }

        var docs = await OutboundAsync(c.Code);
        Assert.Equal([("855", 3L), ("855", 2L), ("997", 1L)], docs.Select(d => (d.DocumentType, d.InterchangeControl)));
        var ack = docs[2].Body!;
        Assert.StartsWith($"ISA*00*          *00*          *ZZ*OMSRETAIL      *ZZ*{partner}        *", ack, StringComparison.Ordinal);
        Assert.Contains("*000000001*0*P*>~", ack, StringComparison.Ordinal);
        Assert.Contains("GS*FA*OMSRETAIL*" + partner, ack, StringComparison.Ordinal);
        Assert.Contains("AK1*PO*4581~\nAK2*850*0001~\nAK5*A~\nAK2*850*0002~\nAK5*A~\nAK9*A*2*2*2~", ack, StringComparison.Ordinal);
        Assert.Contains($"BAK*00*AD*{partner}-PO-43004*20261102****{order.Number}*", docs[1].Body, StringComparison.Ordinal);
        Assert.Contains("ACK*IA*2*EA~", docs[1].Body, StringComparison.Ordinal);
        Assert.Equal(["855-000000002.x12", "855-000000003.x12", "997-000000001.x12"], Directory.GetFiles(outbound).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task Dropped_files_are_received_and_moved_to_processed_or_rejected_with_the_reason()
    {
        var (c, partner, outbound, drop) = await ConnectorAsync(new() { ["ACME-778"] = "SKU-0002" });
        Directory.CreateDirectory(drop);
        await File.WriteAllTextAsync(Path.Combine(drop, "a.edi"), X12Payloads.From("850-two-orders.edi", partner, partner));
        await File.WriteAllTextAsync(Path.Combine(drop, "b.x12"), "this is not EDI");
        await File.WriteAllTextAsync(Path.Combine(drop, "c.X12"), X12Payloads.From("850-pipes-newlines.x12", partner, partner));
        await File.WriteAllTextAsync(Path.Combine(drop, "notes.txt"), "left alone");

        var files = await Api.ExpectAsync<List<DroppedFile>>(await Api.PostAsync($"/api/connectors/{c.Code}/edi/drop-folder/scan"), HttpStatusCode.OK);

        Assert.Equal([("a.edi", "processed"), ("b.x12", "rejected"), ("c.X12", "processed")], files.Select(f => (f.File, f.Outcome)));
        Assert.Equal(["notes.txt"], Directory.GetFiles(drop).Select(Path.GetFileName));
        Assert.True(File.Exists(Path.Combine(drop, "processed", "a.edi")));
        Assert.Contains("ISA", await File.ReadAllTextAsync(Path.Combine(drop, "rejected", "b.x12.reason.txt")), StringComparison.Ordinal);
        Assert.All(files[0].Receipt!.Sets.Concat(files[2].Receipt!.Sets), s => Assert.Equal(InboundStatus.Accepted, s.Inbox.Status));
        Assert.Equal(5, Directory.GetFiles(outbound).Length); // two 997s, three 855s

        // The same file dropped again is recognised: no second order, no new answers.
        await File.WriteAllTextAsync(Path.Combine(drop, "a.edi"), X12Payloads.From("850-two-orders.edi", partner, partner));
        var again = await Api.ExpectAsync<List<DroppedFile>>(await Api.PostAsync($"/api/connectors/{c.Code}/edi/drop-folder/scan"), HttpStatusCode.OK);
        Assert.All(Assert.Single(again).Receipt!.Sets, s => Assert.True(s.Inbox.Duplicate));
        Assert.Equal(5, Directory.GetFiles(outbound).Length);
        Assert.Equal(2, Directory.GetFiles(Path.Combine(drop, "processed")).Count(f => Path.GetFileName(f).StartsWith('a')));
    }

    [Fact]
    public async Task A_broken_envelope_and_bad_elements_are_rejected_in_the_997_and_kept_in_the_inbox_with_the_field()
    {
        var (c, partner, _, _) = await ConnectorAsync();

        var receipt = await ReceiveAsync(c.Code, X12Payloads.From("850-broken-envelope.edi", partner, partner));

        Assert.Equal([(InboundStatus.Rejected, "SE"), (InboundStatus.Rejected, "BEG05")], receipt.Sets.Select(s => (s.Inbox.Status, s.Inbox.Field!)));
        Assert.Contains("PO1[1].PO102 two is not a whole number", receipt.Sets[1].Inbox.Reason, StringComparison.Ordinal);
        var ack = Assert.Single(await OutboundAsync(c.Code));
        Assert.Equal("997", ack.DocumentType);
        Assert.Contains("AK2*850*0001~\nAK5*R*4~\nAK2*850*0002~\nAK3*BEG*2**8~\nAK4*5**8~\nAK3*PO1*6**8~\nAK4*2**6~\nAK5*R*5~\nAK9*R*2*2*0~",
            ack.Body, StringComparison.Ordinal);

        var notEdi = await UploadAsync(c.Code, "hello");
        Assert.Equal(HttpStatusCode.BadRequest, notEdi.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await UploadAsync(c.Code, "ISA", "application/json")).StatusCode);
        var stranger = await UploadAsync(c.Code, X12Payloads.From("850-two-orders.edi", "STRANGE", "S"));
        Assert.Equal("ISA06", (await OmsClient.ProblemAsync(stranger, HttpStatusCode.UnprocessableEntity)).GetProperty("errors").EnumerateObject().First().Name);
        Assert.Equal(HttpStatusCode.NotFound, (await UploadAsync("no-such-connector", "ISA")).StatusCode);
    }

    [Fact]
    public async Task An_unmapped_part_is_rejected_with_an_855_and_replayed_into_an_order_once_the_mapping_knows_it()
    {
        var (c, partner, _, _) = await ConnectorAsync();

        var receipt = await ReceiveAsync(c.Code, X12Payloads.From("850-unmapped-part.edi", partner, partner));

        var set = Assert.Single(receipt.Sets);
        Assert.Equal((InboundStatus.Rejected, "PO1[1].PO107"), (set.Inbox.Status, set.Inbox.Field));
        var docs = await OutboundAsync(c.Code);
        Assert.Contains("AK5*A~", docs.Single(d => d.DocumentType == "997").Body, StringComparison.Ordinal);
        var rejected = docs.Single(d => d.DocumentType == "855").Body!;
        Assert.Contains($"BAK*00*RD*{partner}-PO-43010*20261102*", rejected, StringComparison.Ordinal);
        Assert.Contains("ACK*IR*1*EA~", rejected, StringComparison.Ordinal);

        await Api.ExpectAsync<ConnectorResponse>(await Api.SendAsync(HttpMethod.Put, $"/api/connectors/{c.Code}",
            new ConnectorRequest(c.Code, ConnectorKind.X12, c.Channel, Settings(partner), null,
                new ConnectorMapping(new Dictionary<string, string> { ["ACME-999"] = "SKU-0004" }))), HttpStatusCode.OK);
        var replayed = await Api.ExpectAsync<InboxReceipt>(await Api.PostAsync($"/api/inbox/{set.Inbox.MessageId}/replay"), HttpStatusCode.OK);

        Assert.Equal((InboundStatus.Accepted, "order"), (replayed.Status, replayed.ResultType));
        var order = await Api.GetOrderAsync(replayed.ResultId!);
        Assert.Equal(("SKU-0004", "1"), (order.Lines[0].Sku, order.Lines[0].ChannelLineId!));
        Assert.Equal(1, (await MessageAsync(set.Inbox.MessageId)).Replays);
    }

    [Fact]
    public async Task A_shipped_order_is_told_to_the_partner_with_an_856_once()
    {
        var (c, partner, _, _) = await ConnectorAsync(new() { ["ACME-778"] = "SKU-0002" });
        var receipt = await ReceiveAsync(c.Code, X12Payloads.From("850-two-orders.edi", partner, partner));
        var order = await Api.GetOrderAsync(receipt.Sets[1].Inbox.ResultId!);
        var fo = Assert.Single(order.FulfilmentOrders).Id;
        await Api.FulfilAsync(fo, "release");
        order = await Api.ShipAsync(fo, "PostNL", "3S" + partner);

        await fx.Services.GetRequiredService<OutboxRelay>().DrainAsync(CancellationToken.None);
        await fx.Services.GetRequiredService<OutboxRelay>().DrainAsync(CancellationToken.None);

        var asn = Assert.Single(await OutboundAsync(c.Code, "856"));
        Assert.Equal(4L, asn.InterchangeControl);
        Assert.Contains($"BSN*00*3S{partner}*", asn.Body, StringComparison.Ordinal);
        Assert.Contains($"PRF*{partner}-PO-43005~", asn.Body, StringComparison.Ordinal);
        Assert.Contains("HL*3*2*I~\nLIN*1*VP*SKU-0003~\nSN1**3*EA~\nCTT*3~", asn.Body, StringComparison.Ordinal);
    }
}

public sealed class X12ConnectorTests_Sqlite(SqliteFixture fx) : X12ConnectorTests(fx), IClassFixture<SqliteFixture>;

public sealed class X12ConnectorTests_Postgres(PostgresFixture fx) : X12ConnectorTests(fx), IClassFixture<PostgresFixture>;
