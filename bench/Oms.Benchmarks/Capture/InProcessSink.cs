using Oms.Server.Web;
using Oms.Server.Core.Configuration;
using Oms.Server.Core.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Oms.Domain.Common;
using Oms.Server.Core.Commands;

namespace Oms.Benchmarks.Capture;

/// <summary>The real capture handler, one DI scope per order as a request would have, without HTTP.</summary>
internal sealed class InProcessSink(IServiceProvider services) : IOrderSink
{
    public async Task CaptureAsync(CaptureOrderRequest order, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var bus = scope.ServiceProvider.GetRequiredService<CommandBus>();
        var result = await bus.SendAsync(new CaptureOrder(order), Actor.Channel(order.Channel!), ct);
        if (result.Replayed) throw new InvalidOperationException($"Capture of {order.ChannelOrderId} was a replay.");
    }
}
