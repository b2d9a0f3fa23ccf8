using Microsoft.Extensions.DependencyInjection;
using Oms.Domain.Common;
using Oms.Domain.Orders;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Contracts;

namespace Oms.Benchmarks.Capture;

/// <summary>The real capture command through the command bus, one DI scope per order as a request would have, without HTTP.</summary>
internal sealed class InProcessSink(IServiceProvider services) : IOrderSink
{
    public async Task CaptureAsync(CaptureOrderRequest order, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var bus = scope.ServiceProvider.GetRequiredService<CommandBus>();
        var result = await bus.SendAsync(new CaptureOrder(order, OrderBatch.IdempotencyKey(order)), Actor.Channel(order.Channel!), ct);
        if (result.Replayed) throw new InvalidOperationException($"Capture of {order.ChannelOrderId} was a replay.");
        if (order.Payments is { Count: > 0 } && result.Order.Status != OrderStatus.Allocated)
            throw new InvalidOperationException($"Order {order.ChannelOrderId} ended {result.Order.Status}, not allocated.");
    }
}
