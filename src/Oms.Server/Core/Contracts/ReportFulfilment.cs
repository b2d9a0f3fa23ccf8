using Oms.Domain.Orders;
using Oms.Server.Core.Commands;

namespace Oms.Server.Core.Contracts;

/// <summary>A fulfilment event from the location (WMS, 3PL, store); a resend of what already happened changes nothing.</summary>
/// <param name="Carrier">For <see cref="FulfilmentAction.Ship"/>.</param>
/// <param name="LineIds">For <see cref="FulfilmentAction.Ship"/>: the lines in the parcel (all open lines when none).</param>
public sealed record ReportFulfilment(Guid FulfilmentOrderId, FulfilmentAction Action, string? Carrier = null,
    string? TrackingNumber = null, IReadOnlyList<Guid>? LineIds = null) : ICommand<Order>;
