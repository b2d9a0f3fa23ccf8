using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Connectors;
using Oms.Persistence;
using Oms.Server.Core.Contracts;
using Oms.Server.Core.Inbox;
using Oms.Server.Features.Connectors;
using Oms.Server.Features.Connectors.X12;

namespace Oms.Server.Cli;

/// <summary>
/// <c>import orders</c>: every record goes through the inbox, so a record imported twice is recognised (dedup key = a hash
/// of the record) and a rejected one is kept with its reason for a replay. The OMS's own format comes from
/// <c>cli:FILE</c>; a channel's format comes from its connector (its mapping and channel) and is read by its adapter;
/// an X12 file is received like an upload (997 and 855 written). A dry run reads and maps every record, and checks it as
/// a capture would, without storing anything.
/// </summary>
public sealed class OrderImport(IServiceProvider services)
{
    public async Task<ImportSummary> RunAsync(ImportArguments a, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(a);
        var text = await File.ReadAllTextAsync(a.File!, ct);
        ConnectorRuntime? connector = null;
        if (a.Connector is not null) connector = await ConnectorAsync(a.Connector, a.Format!, ct);
        if (a.Format == "x12") return await X12Async(connector!, text, a.DryRun, ct);
        var records = OrderFile.Records(text);
        var summary = new ImportSummary();
        var bar = new ProgressBar("orders", records.Count);
        var inbox = services.GetRequiredService<MessageInbox>();
        for (var i = 0; i < records.Count; i++)
        {
            var name = $"record {i + 1}";
            try
            {
                if (a.DryRun) DryRun(a.Format!, connector, records[i], summary);
                else Count(await inbox.ReceiveAsync(Envelope(a, connector, records[i]), ct), name, summary);
            }
            catch (Exception e) when (MessageInbox.Refusal(e) is { } refusal)
            {
                summary.Reject(name, refusal.Field, refusal.Reason);
            }
            bar.Step();
        }
        return summary;
    }

    private async Task<ConnectorRuntime> ConnectorAsync(string code, string format, CancellationToken ct)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OmsDbContext>();
        var c = await db.Connectors.AsNoTracking().FirstOrDefaultAsync(x => x.Code == code, ct)
            ?? throw new UsageException($"No connector {code}.");
        var expected = format switch
        {
            "shopify" => ConnectorKind.Shopify, "woocommerce" => ConnectorKind.WooCommerce, "amazon" => ConnectorKind.Amazon,
            "bol" => ConnectorKind.Bol, "x12" => ConnectorKind.X12, _ => c.Kind,
        };
        if (c.Kind != expected) throw new UsageException($"Connector {code} is a {c.Kind} connector; the file is {format}.");
        return services.GetRequiredService<ConnectorDirectory>().Runtime(c);
    }

    private static InboundEnvelope Envelope(ImportArguments a, ConnectorRuntime? c, string record)
    {
        var key = "cli:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(record)));
        if (a.Format == "oms")
            return new InboundEnvelope($"cli:{Path.GetFileName(a.File)}", null, CliOrderInbound.MessageType, key, "application/json", record);
        return new InboundEnvelope(c!.Code, c.Id, MessageType(a.Format!, record), key, "application/json", record);
    }

    /// <summary>The message type the channel's adapter reads an order as (what its webhook or poller would store).</summary>
    private static string MessageType(string format, string record) => format switch
    {
        "shopify" => "orders/create",
        "woocommerce" => "order.created",
        "amazon" => "getOrders." + (TryStatus(record) ?? "Unshipped"),
        _ => "retailer.order",
    };

    private static string? TryStatus(string record)
    {
        try
        {
            return JsonNode.Parse(record)?["OrderStatus"]?.GetValue<string>();
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    private void DryRun(string format, ConnectorRuntime? c, string record, ImportSummary summary)
    {
        CaptureOrderRequest request;
        if (format == "oms") request = CliOrderInbound.Read(record);
        else
        {
            var message = new InboundMessage(Guid.NewGuid(), c!.Code, c.Id, MessageType(format, record), "dry-run", "application/json", record, null, DateTime.UtcNow);
            var instruction = services.GetRequiredService<ConnectorDirectory>().Adapter(c.Kind).Interpret(c, message);
            if (instruction is not ChannelInstruction.Capture capture) { summary.Accept(duplicate: false); return; }
            request = capture.Order with { Channel = c.Channel };
        }
        services.GetRequiredService<IValidator<CaptureOrderRequest>>().ValidateAndThrow(request);
        summary.Accept(duplicate: false);
    }

    private static void Count(InboxReceipt r, string name, ImportSummary summary)
    {
        if (r.Status == InboundStatus.Rejected) summary.Reject(name, r.Field, r.Reason ?? "rejected");
        else if (r.Status == InboundStatus.Received) summary.Reject(name, null, $"not handled yet: {r.Reason}");
        else summary.Accept(r.Duplicate);
    }

    private async Task<ImportSummary> X12Async(ConnectorRuntime c, string text, bool dryRun, CancellationToken ct)
    {
        var summary = new ImportSummary();
        X12Interchange interchange;
        try
        {
            interchange = X12Reader.Read(text);
        }
        catch (X12EnvelopeException e)
        {
            summary.Reject("interchange", "ISA", e.Message);
            return summary;
        }
        var sets = interchange.Groups.SelectMany(g => g.Sets.Select(s => (Group: g, Set: s))).ToList();
        var bar = new ProgressBar("transaction sets", sets.Count);
        if (dryRun)
        {
            var adapter = services.GetRequiredService<ConnectorDirectory>().Adapter(ConnectorKind.X12);
            foreach (var (group, set) in sets)
            {
                var message = new InboundMessage(Guid.NewGuid(), c.Code, c.Id, set.Id, "dry-run", EdiReceiver.ContentType,
                    EdiReceiver.Alone(interchange, group, set), null, DateTime.UtcNow);
                try
                {
                    if (adapter.Interpret(c, message) is ChannelInstruction.Capture capture)
                        services.GetRequiredService<IValidator<CaptureOrderRequest>>().ValidateAndThrow(capture.Order with { Channel = c.Channel });
                    summary.Accept(duplicate: false);
                }
                catch (Exception e) when (MessageInbox.Refusal(e) is { } refusal)
                {
                    summary.Reject($"ST {set.ControlNumber}", refusal.Field, refusal.Reason);
                }
                bar.Step();
            }
            return summary;
        }
        var receipt = await services.GetRequiredService<EdiReceiver>().ReceiveAsync(c, text, ct);
        foreach (var s in receipt.Sets)
        {
            Count(s.Inbox, $"ST {s.ControlNumber}{(s.PurchaseOrder is null ? "" : $" (PO {s.PurchaseOrder})")}", summary);
            bar.Step();
        }
        return summary;
    }
}
