using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Oms.Server.Features.Orders;

namespace Oms.Benchmarks.Capture;

/// <summary>The real capture handler, one DI scope per order as a request would have, without HTTP.</summary>
internal sealed class InProcessSink(IServiceProvider services) : IOrderSink
{
    public async Task CaptureAsync(CaptureOrderRequest order, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetRequiredService<CaptureOrder>();
        var result = await handler.HandleAsync(order, idempotencyKey: null, actor: null, ct);
        if (result.StatusCode != StatusCodes.Status201Created)
            throw new InvalidOperationException($"Capture of {order.ChannelOrderId} answered {result.StatusCode}: {result.Body}");
    }
}
