using System.Text.Json;
using Oms.Domain.Common;
using Oms.Domain.Connectors;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Contracts;
using Oms.Server.Core.Inbox;
using Oms.Server.Core.Json;

namespace Oms.Server.Cli;

/// <summary>
/// Captures the orders the command line imports in the OMS's own format (<c>oms-order</c> messages from <c>cli:FILE</c>):
/// the body is a capture request as <c>POST /api/orders</c> takes it; capture is idempotent on channel + channel order id.
/// </summary>
public sealed class CliOrderInbound : IInboundHandler
{
    public const string MessageType = "oms-order";

    public bool Handles(InboundMessage message)
        => message is { ConnectorId: null, MessageType: MessageType } && message.Source.StartsWith("cli:", StringComparison.Ordinal);

    public async Task<InboundResult> HandleAsync(InboundMessage message, IServiceProvider services, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        var request = Read(message.Body);
        var result = await services.GetRequiredService<CommandBus>().SendAsync(new CaptureOrder(request), Actor.Channel(request.Channel ?? "cli"), ct);
        return InboundResult.Accepted("order", result.Order.Number);
    }

    public static CaptureOrderRequest Read(string body)
    {
        try
        {
            return JsonSerializer.Deserialize<CaptureOrderRequest>(body, OmsJson.Options)
                ?? throw new InboundRejectedException(null, "The record is null.");
        }
        catch (JsonException e)
        {
            throw new InboundRejectedException(e.Path, $"Not a capture request: {e.Message}");
        }
    }
}
