using System.Collections.Concurrent;
using Oms.Domain.Geocoding;

namespace Oms.Server.Core.Geocoding;

/// <summary>
/// The postal-code tables this node has read, per country, each with the load version it was read at. A reader
/// checks the version in the database before using an entry, so a table loaded through another node is picked up
/// by the next command here; a load through this node also drops the entry at once.
/// </summary>
public sealed class PostalCodeCache
{
    private readonly ConcurrentDictionary<string, (Guid Version, PostalCodeTable Table)> tables = new(StringComparer.Ordinal);

    public bool TryGet(string country, Guid version, out PostalCodeTable table)
    {
        if (tables.TryGetValue(country, out var entry) && entry.Version == version)
        {
            table = entry.Table;
            return true;
        }
        table = null!;
        return false;
    }

    public void Set(string country, Guid version, PostalCodeTable table) => tables[country] = (version, table);

    public void Forget(string country) => tables.TryRemove(country, out _);
}
