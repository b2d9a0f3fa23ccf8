using Oms.Server.Core.Commands;

namespace Oms.Server.Features.Outbox;

/// <summary>
/// Puts a dead-lettered delivery back in the queue, due now, with a full set of attempts; the relay delivers it after
/// the commit. Only a dead letter: a pending delivery is already on its way and a delivered one is done.
/// </summary>
public sealed record RedriveDelivery(Guid DeliveryId) : ICommand<Guid>;
