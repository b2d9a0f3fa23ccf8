namespace Oms.Domain.Sourcing;

/// <summary>Collects removed candidates per (rule, reason), in the order rules first remove something.</summary>
internal sealed class FilterLog
{
    private sealed class Group(string rule, string reason)
    {
        public string Rule { get; } = rule;
        public string Reason { get; } = reason;
        public int Count { get; set; }
        public List<string> Codes { get; } = [];
    }

    private readonly List<Group> groups = [];
    private readonly Dictionary<(string, string), Group> index = [];

    public void Add(string rule, string reason, string locationCode)
    {
        if (!index.TryGetValue((rule, reason), out var g))
        {
            g = new Group(rule, reason);
            index[(rule, reason)] = g;
            groups.Add(g);
        }
        g.Count++;
        if (g.Codes.Count < FilteredOutGroup.MaxListed) g.Codes.Add(locationCode);
    }

    public IReadOnlyList<FilteredOutGroup> ToGroups() => [.. groups.Select(g => new FilteredOutGroup(g.Rule, g.Reason, g.Count, [.. g.Codes]))];

    /// <summary>The rule that removed the most candidates, for a back-order reason.</summary>
    public string? Largest() => groups.OrderByDescending(g => g.Count).Select(g => $"{g.Rule}: {g.Reason}").FirstOrDefault();
}
