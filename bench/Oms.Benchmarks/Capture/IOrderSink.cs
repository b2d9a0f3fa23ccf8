using Oms.Server.Web;
using Oms.Server.Core.Configuration;
using Oms.Server.Core.Contracts;
using Oms.Server.Features.Orders;

namespace Oms.Benchmarks.Capture;

/// <summary>One way of capturing an order (HTTP, in-process, raw SQL). Throws when the order was not captured.</summary>
internal interface IOrderSink
{
    Task CaptureAsync(CaptureOrderRequest order, CancellationToken ct);
}
