namespace Oms.Domain.Connectors;

/// <summary>
/// A SKU whose available-to-sell a connector's channel has not been told since it changed. One row per connector and
/// SKU however many stock moves there were (the writers bump <see cref="Version"/> with an upsert), so a burst of moves
/// sends one update per SKU; the push deletes the row only if its version is still the one it pushed.
/// </summary>
public sealed class PendingAvailability
{
    private PendingAvailability() { Sku = null!; }

    public PendingAvailability(Guid connectorId, string sku, DateTime since)
    {
        ConnectorId = connectorId;
        Sku = sku;
        Since = since;
        Version = 1;
    }

    public Guid ConnectorId { get; private set; }
    public string Sku { get; private set; }
    /// <summary>When it first changed after the last push.</summary>
    public DateTime Since { get; private set; }
    public long Version { get; private set; }
}
