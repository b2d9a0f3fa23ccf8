using System.Globalization;

namespace Oms.Server.Features.Network.Imports;

/// <summary>
/// The cells of one CSV row as typed values: numbers with a decimal point (invariant culture), booleans as
/// true/false/yes/no/1/0, enums by their API names (never numbers). An empty cell is null; a cell that does not
/// parse is null and a row error.
/// </summary>
public sealed class CsvCells(IReadOnlyDictionary<string, string?> cells)
{
    private static readonly string[] True = ["true", "yes", "y", "1"];
    private static readonly string[] False = ["false", "no", "n", "0"];

    public List<RowError> Errors { get; } = [];

    public string? Text(string column)
        => cells.TryGetValue(column, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

    private const NumberStyles Number = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    public decimal? Decimal(string column) => Parse<decimal>(column, "a number such as 12.50",
        v => decimal.TryParse(v, Number, CultureInfo.InvariantCulture, out var d) ? d : (decimal?)null);

    public double? Double(string column) => Parse<double>(column, "a number such as 52.37",
        v => double.TryParse(v, Number, CultureInfo.InvariantCulture, out var d) ? d : (double?)null);

    public int? Int(string column) => Parse<int>(column, "a whole number",
        v => int.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) ? i : (int?)null);

    public bool? Bool(string column) => Parse(column, "true or false", v =>
        True.Contains(v, StringComparer.OrdinalIgnoreCase) ? true : False.Contains(v, StringComparer.OrdinalIgnoreCase) ? false
            : (bool?)null);

    public T? Enum<T>(string column) where T : struct, System.Enum
    {
        var names = System.Enum.GetNames<T>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]).ToList();
        return Parse(column, $"one of: {string.Join(", ", names)}", v =>
            !v.All(c => char.IsAsciiDigit(c) || c is '-' or '+')
            && System.Enum.TryParse<T>(v, ignoreCase: true, out var e) && System.Enum.IsDefined(e)
                ? e
                : (T?)null);
    }

    /// <summary>A list in one cell, separated by '|', ';' or spaces: <c>ship|pickup</c>.</summary>
    public IReadOnlyList<string>? List(string column)
        => Text(column)?.Split(['|', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private T? Parse<T>(string column, string expected, Func<string, T?> parse) where T : struct
    {
        if (Text(column) is not { } v) return null;
        var parsed = parse(v);
        if (parsed is null) Errors.Add(new RowError(column, $"{column} '{v}' is not {expected}."));
        return parsed;
    }
}
