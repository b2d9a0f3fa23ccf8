using Oms.Carriers;
using Oms.Server.Core.Commands;

namespace Oms.Server.Features.Carriers;

/// <summary>A verified tracking update from <paramref name="Carrier"/>'s webhook, with the body as it arrived.</summary>
public sealed record ReceiveTrackingEvent(string Carrier, TrackingEvent Event, string Body) : ICommand<CarrierEventReceipt>;
