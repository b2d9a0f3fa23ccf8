using Oms.Domain.Common;

namespace Oms.Server.Core.Configuration.Documents;

/// <summary>
/// Builds a model from a validated document element by element. The model's constructors check its rules (not
/// negative, thresholds in order, steps in order); what they refuse is filed under the element's path
/// (<c>document.filters[1].units</c>), so that one answer (422) names every field at fault.
/// </summary>
public sealed class ModelErrors(string what)
{
    private readonly Dictionary<string, List<string>> _byField = new(StringComparer.Ordinal);

    public bool Any => _byField.Count > 0;

    public void Add(string path, string message)
    {
        var key = path.Length == 0 ? "$" : path;
        if (!_byField.TryGetValue(key, out var messages)) _byField[key] = messages = [];
        messages.Add(message);
    }

    /// <summary>Builds one element; when its constructor refuses, files the errors under <paramref name="path"/> and returns null.</summary>
    public T? Build<T>(string path, Func<T> make) where T : class
    {
        try
        {
            return make();
        }
        catch (BusinessRuleException e)
        {
            if (e.Errors.Count == 0) Add(path, e.Message);
            foreach (var (field, messages) in e.Errors)
                foreach (var m in messages) Add(At(path, field), m);
            return null;
        }
    }

    /// <summary>Builds the whole model once every element was built; refuses with every error filed.</summary>
    public T Finish<T>(string path, Func<T> make) where T : class
    {
        ThrowIfAny();
        var model = Build(path, make);
        ThrowIfAny();
        return model!;
    }

    /// <summary>Refuses with every error filed, if any; the message names the first.</summary>
    public void ThrowIfAny()
    {
        if (_byField.Count == 0) return;
        var (field, messages) = _byField.First();
        var more = _byField.Count > 1 ? $" (and {_byField.Count - 1} more)" : "";
        throw new BusinessRuleException($"The {what} is invalid: {field}: {messages[0]}{more}",
            _byField.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal));
    }

    /// <summary>A field under a path: <c>At("rules[2]", "above.EUR")</c> is <c>rules[2].above.EUR</c>.</summary>
    public static string At(string path, string field)
        => path.Length == 0 ? field
            : field.Length == 0 || field == "$" ? path
            : field.StartsWith('[') ? path + field
            : $"{path}.{field}";
}
