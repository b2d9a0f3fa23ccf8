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

    /// <summary>
    /// The messages for a field and everything under it (<c>openingHours.sunday</c> takes <c>openingHours.sunday[0].closes</c>),
    /// for a field that edits a whole list as one text.
    /// </summary>
    public string? TextUnder(string field)
    {
        if (_errors is null) return null;
        var messages = _errors.Where(e => IsUnder(e.Key, field) || IsUnder(e.Key, "$." + field)).SelectMany(e => e.Value).ToList();
        return messages.Count > 0 ? string.Join(" ", messages) : null;
    }

    private static bool IsUnder(string key, string field)
        => key.StartsWith(field, StringComparison.OrdinalIgnoreCase) && (key.Length == field.Length || key[field.Length] is '.' or '[');

    /// <summary>The messages for a field (also under the JSON path <c>$.field</c> the API uses for unreadable values).</summary>
    public string? Text(string field)
    {
        if (_errors is null) return null;
        var messages = new[] { field, "$." + field }.SelectMany(k => _errors.TryGetValue(k, out var m) ? m : []).ToList();
        return messages.Count > 0 ? string.Join(" ", messages) : null;
    }
}
