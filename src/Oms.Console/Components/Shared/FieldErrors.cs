namespace Oms.Ui.Components.Shared;

/// <summary>
/// The field errors of the last refused save, by the API's field path (<c>name</c>, <c>listPrice</c>, <c>$.type</c>), for the
/// form to show next to each field.
/// </summary>
public sealed class FieldErrors
{
    private IReadOnlyDictionary<string, string[]>? _errors;

    public void Set(IReadOnlyDictionary<string, string[]>? errors) => _errors = errors;

    public void Clear() => _errors = null;

    public bool Has(string field) => Text(field) is not null;

    /// <summary>The messages for a field (also under the JSON path <c>$.field</c> the API uses for unreadable values).</summary>
    public string? Text(string field)
    {
        if (_errors is null) return null;
        var messages = new[] { field, "$." + field }.SelectMany(k => _errors.TryGetValue(k, out var m) ? m : []).ToList();
        return messages.Count > 0 ? string.Join(" ", messages) : null;
    }
}
