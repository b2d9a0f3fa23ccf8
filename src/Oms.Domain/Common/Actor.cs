namespace Oms.Domain.Common;

/// <summary>Who or what did something: a person (agent, store associate) or a system (channel, WMS, scheduler).</summary>
public readonly record struct Actor(string Kind, string Name)
{
    public static readonly Actor System = new("system", "oms");
    public static Actor Channel(string code) => new("channel", code);

    /// <summary>Parses "kind:name"; a bare name is taken as a user.</summary>
    public static Actor Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return new("api", "anonymous");
        var v = value.Trim();
        var i = v.IndexOf(':', StringComparison.Ordinal);
        return i > 0 && i < v.Length - 1 ? new(v[..i].ToLowerInvariant(), v[(i + 1)..]) : new("user", v);
    }

    public override string ToString() => $"{Kind}:{Name}";
}
