namespace Oms.Server.Core.Inbox;

/// <summary>
/// A message as it arrived, before it is stored: where from, what kind, what makes a second delivery of it the same
/// message (<paramref name="DedupKey"/>), and the body exactly as received.
/// </summary>
/// <param name="Source">A connector's code, or <c>wms:LOCATION</c>, <c>cli</c>: who sent it.</param>
/// <param name="Headers">Headers worth keeping (topic, shop, webhook id); never a secret or a signature.</param>
public sealed record InboundEnvelope(string Source, Guid? ConnectorId, string MessageType, string DedupKey, string ContentType,
    string Body, IReadOnlyDictionary<string, string>? Headers = null);
