namespace Oms.Persistence;

/// <summary>
/// A counter a command bumps, in its own transaction, when it changes data every node caches (configuration, the
/// network, the channels); a node that sees a counter move reloads its copy.
/// </summary>
public sealed class CacheStamp
{
    public CacheStamp(string name, long version)
    {
        Name = name;
        Version = version;
    }

    public string Name { get; private set; }
    public long Version { get; private set; }
}
