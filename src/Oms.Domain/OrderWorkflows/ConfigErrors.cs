using Oms.Domain.Common;

namespace Oms.Domain.OrderWorkflows;

/// <summary>
/// Collects the field errors a constructor finds (order workflows, fraud rules) so that one answer lists them all.
/// Field names are document paths relative to the object being built (<c>steps[2]</c>, <c>above.EUR</c>); whoever
/// builds the object from a document files them under the element's own path.
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

    /// <summary>Refuses with every error collected, if any; the exception's message names the first.</summary>
    public void ThrowIfAny(string what)
    {
        if (_byField.Count == 0) return;
        var (field, messages) = _byField.First();
        var more = _byField.Count > 1 ? $" (and {_byField.Count - 1} more)" : "";
        throw new BusinessRuleException($"{what} is invalid: {field}: {messages[0]}{more}",
            _byField.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal));
    }
}
