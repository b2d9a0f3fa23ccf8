using Oms.Domain.Common;

namespace Oms.Domain.OrderWorkflows;

/// <summary>
/// Collects the field errors of a configuration document (order workflows, fraud rules) so that one answer lists
/// them all. Field names are JSON paths relative to the object being built (<c>rules[2].points</c>), so a
/// constructor's errors can be filed under the path of the document element it was built from.
/// </summary>
internal sealed class ConfigErrors
{
    private readonly Dictionary<string, List<string>> _byField = new(StringComparer.Ordinal);

    public int Count => _byField.Count;

    public void Add(string field, string message)
    {
        if (!_byField.TryGetValue(field, out var messages)) _byField[field] = messages = [];
        messages.Add(message);
    }

    /// <summary>Builds a value; if its constructor refuses, files its errors under <paramref name="prefix"/> and returns null.</summary>
    public T? Build<T>(string prefix, Func<T> make) where T : class
    {
        try
        {
            return make();
        }
        catch (BusinessRuleException e)
        {
            if (e.Errors.Count == 0) Add(prefix.Length == 0 ? "$" : prefix, e.Message);
            foreach (var (field, messages) in e.Errors)
                foreach (var m in messages) Add(Join(prefix, field), m);
            return null;
        }
    }

    /// <summary>Refuses with every error collected, if any; the exception's message names the first.</summary>
    public void ThrowIfAny(string what)
    {
        if (_byField.Count == 0) return;
        var (field, messages) = _byField.First();
        var more = _byField.Count > 1 ? $" (and {_byField.Count - 1} more)" : "";
        throw new BusinessRuleException($"{what} is invalid: {field}: {messages[0]}{more}",
            _byField.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal));
    }

    public static string Join(string prefix, string field)
        => prefix.Length == 0 ? field
            : field.Length == 0 || field == "$" ? prefix
            : field.StartsWith('[') ? prefix + field
            : $"{prefix}.{field}";
}
