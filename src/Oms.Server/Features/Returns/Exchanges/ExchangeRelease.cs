using System.Text.Json;
using Oms.Domain.Common;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Json;
using Oms.Server.Core.Outbox;

namespace Oms.Server.Features.Returns.Exchanges;

/// <summary>
/// The goods of an exchange released on receipt are in: its order's hold is lifted, as the person who received them. A
/// handler of its own rather than part of the receipt, so a store receiving another channel's return needs no reach into the
/// exchange order. Runs inline; idempotent.
/// </summary>
public sealed class ExchangeRelease : IOutboxHandler
{
    public string Name => "exchange-release";
    public bool RunsInline => true;
    public RetryPolicy Retry => RetryPolicy.Internal;
    public bool Wants(string eventType, bool isInternal) => isInternal && eventType == ExchangeEvents.GoodsIn;

    public async Task<HandlerResult> HandleAsync(OutboxMessage message, IServiceProvider services, CancellationToken ct)
    {
        var data = JsonSerializer.Deserialize<ExchangeGoodsIn>(message.Data, OmsJson.Options)!;
        await services.GetRequiredService<CommandBus>().SendAsync(new ReleaseExchangeOrder(data.ReturnId), Actor.Parse(data.Actor), ct);
        return HandlerResult.Done;
    }
}
