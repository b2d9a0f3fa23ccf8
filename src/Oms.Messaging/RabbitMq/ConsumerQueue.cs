namespace Oms.Messaging.RabbitMq;

/// <summary>
/// A consumer's queue: a durable quorum queue bound to the events exchange with <paramref name="RoutingKeys"/>
/// (topic patterns such as <c>order.*</c> or <c>fulfilment-order.#</c>). A message rejected by the handler, or
/// delivered more than <paramref name="DeliveryLimit"/> times (requeued after failures), goes to the dead-letter queue.
/// </summary>
public sealed record ConsumerQueue(string Name, IReadOnlyList<string> RoutingKeys, int DeliveryLimit = 5);
