using Oms.Domain.Inventory;
using Oms.Domain.Network;
using Oms.Domain.Sourcing;

namespace Oms.Server.Features.Sourcing.Replay;

/// <summary>
/// The stock one side of a replay plans against, in memory: it starts from the same snapshot for both sides and each
/// plan takes its assigned units out, so that later orders of the period see what earlier ones left.
/// </summary>
internal sealed class ReplayStockPool
{
    private readonly Dictionary<string, Dictionary<string, int>> _bySku;
    private readonly IReadOnlyDictionary<string, Location> _locations;

    public ReplayStockPool(IReadOnlyDictionary<string, Dictionary<string, int>> snapshot, IReadOnlyDictionary<string, Location> locations)
    {
        _bySku = snapshot.ToDictionary(kv => kv.Key, kv => new Dictionary<string, int>(kv.Value, StringComparer.Ordinal), StringComparer.Ordinal);
        _locations = locations;
    }

    /// <summary>What the channel may sell of the SKUs now, one row per location and SKU.</summary>
    public List<StockAtLocation> For(IEnumerable<string> skus, ChannelAllocation allocation)
    {
        var rows = new List<StockAtLocation>();
        foreach (var sku in skus.Distinct(StringComparer.Ordinal))
        {
            if (!_bySku.TryGetValue(sku, out var byLocation)) continue;
            foreach (var (code, units) in byLocation)
                if (_locations.TryGetValue(code, out var location))
                    rows.Add(new StockAtLocation(location, sku, allocation.AvailableToSell(location, units)));
        }
        return rows;
    }

    public void Take(string sku, string location, int units)
    {
        if (_bySku.TryGetValue(sku, out var byLocation) && byLocation.TryGetValue(location, out var left))
            byLocation[location] = Math.Max(0, left - units);
    }
}
