namespace Oms.Domain.Connectors;

/// <summary>
/// The available-to-sell of a SKU the connector's channel was last told, and when. The push compares what the channel may
/// sell now with this and sends only the differences, so a burst of stock moves becomes one update per SKU; a full resync
/// sends every SKU whatever was told before.
/// </summary>
public sealed class ChannelAvailability
{
    private ChannelAvailability() { Sku = null!; }

    public ChannelAvailability(Guid connectorId, string sku, int quantity, DateTime pushedAt)
    {
        ConnectorId = connectorId;
        Sku = sku;
        Quantity = quantity;
        PushedAt = pushedAt;
    }

    public Guid ConnectorId { get; private set; }
    public string Sku { get; private set; }
    public int Quantity { get; private set; }
    public DateTime PushedAt { get; private set; }

    public void Told(int quantity, DateTime at) => (Quantity, PushedAt) = (quantity, at);
}
