using Oms.Domain.Common;

namespace Oms.Domain.Sourcing;

/// <summary>Field errors keyed by JSON path (<c>filters[1].units</c>), as the API returns them.</summary>
internal sealed class RuleErrors
{
    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    /// <summary>Messages filed so far; a reader compares it before and after reading an object.</summary>
    public int Count { get; private set; }

    public void Add(string path, string message)
    {
        Count++;
        var key = path.Length == 0 ? "$" : path;
        if (!errors.TryGetValue(key, out var list)) errors[key] = list = [];
        list.Add(message);
    }

    /// <summary>Runs a constructor and files its field errors under <paramref name="path"/>; null when it refused.</summary>
    public T? Build<T>(string path, Func<T> make) where T : class
    {
        try
        {
            return make();
        }
        catch (BusinessRuleException ex)
        {
            if (ex.Errors.Count == 0) Add(path, ex.Message);
            foreach (var (field, messages) in ex.Errors)
                foreach (var m in messages) Add(path.Length == 0 ? field : $"{path}.{field}", m);
            return null;
        }
    }

    public BusinessRuleException ToException()
        => new("The sourcing rule set is invalid.", errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
}
