using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Oms.Domain.Common;
using Oms.Domain.Connectors;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Contracts;
using Oms.Server.Core.Inbox;
using Oms.Server.Core.Json;

namespace Oms.Server.Tests.Inbox;

/// <summary>
/// A handler for messages of source <c>test-json</c> whose body is the OMS's own capture JSON: it runs the real capture
/// command, so the inbox's own behaviour (dedup, rejection, retry, replay) is tested against real orders. It can be told
/// to fail the next attempts with an error that may pass, as a database outage would.
/// </summary>
public sealed class JsonOrderInbound : IInboundHandler
{
    public const string Source = "test-json";
    private int _failNext;

    public void FailNext(int times) => Volatile.Write(ref _failNext, times);

    public bool Handles(InboundMessage message) => message.Source == Source;

    public async Task<InboundResult> HandleAsync(InboundMessage message, IServiceProvider services, CancellationToken ct)
    {
        if (Interlocked.Decrement(ref _failNext) >= 0) throw new TimeoutException("The database did not answer in time.");
        Interlocked.Exchange(ref _failNext, 0);
        CaptureOrderRequest? request;
        try
        {
            request = JsonSerializer.Deserialize<CaptureOrderRequest>(message.Body, OmsJson.Options);
        }
        catch (JsonException e)
        {
            throw new InboundRejectedException(e.Path, $"Not an order: {e.Message}");
        }
        if (request is null) throw new InboundRejectedException(null, "The body is empty.");
        var result = await services.GetRequiredService<CommandBus>().SendAsync(new CaptureOrder(request), Actor.Channel(request.Channel ?? "web"), ct);
        return InboundResult.Accepted("order", result.Order.Number);
    }
}
