using Oms.Domain.Orders;
using Oms.Server.Core.Commands;

namespace Oms.Server.Core.Contracts;

/// <summary>The captured order, or the earlier one a replay found (<see cref="Replayed"/>).</summary>
public sealed record CaptureResult(Order Order, bool Replayed) : IOrderResult
{
    public IOrderResult With(Order order) => this with { Order = order };
}
