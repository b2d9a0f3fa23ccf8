using System.Globalization;
using CsvHelper;
using Oms.Domain.Common;
using Oms.Domain.Geocoding;
using Oms.Server.Core.Contracts;
using Oms.Server.Core.Json;

namespace Oms.Server.Features.Geocoding;

/// <summary>
/// Reads a postal-code table as CSV: a header with the columns <c>country,postalCode,latitude,longitude</c> and
/// optionally <c>place</c> (names matched ignoring case; the separator is detected, decimals use a point). Every bad
/// row is reported by its line number; the caller loads nothing unless every row is good.
/// </summary>
public static class PostalCodeCsv
{
    /// <summary>At most this many rows are reported; the count of the rest is.</summary>
    public const int MaxReported = 100;
    private static readonly string[] Required = ["country", "postalCode", "latitude", "longitude"];

    private static readonly CsvReaderOptions Options = new()
    {
        TrackLineNumbers = true,
        TrimWhitespace = true,
        FormatProvider = CultureInfo.InvariantCulture,
        MalformedData = CsvMalformedDataHandling.Throw,
    };

    /// <param name="country">The country being loaded: every row must name it.</param>
    public static async Task<PostalCodeCsvResult> ReadAsync(Stream csv, string country, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var rows = new List<PostalCodeCentroid>();
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var firstLine = new Dictionary<string, long>(StringComparer.Ordinal);
        var bad = 0;
        void Bad(string key, params string[] messages)
        {
            if (++bad <= MaxReported) errors[key] = messages;
        }

        await using var reader = CsvReader.Create(csv, Options, leaveOpen: true);
        try
        {
            await reader.ReadHeaderAsync(ct);
            var missing = Required.Where(c => !reader.TryGetFieldIndex(c, out _)).ToList();
            if (missing.Count > 0)
            {
                Bad("header", $"The header lacks {string.Join(", ", missing)}; expected country,postalCode,latitude,longitude[,place].");
                return new PostalCodeCsvResult(rows, errors, bad);
            }
            int ci = reader.GetFieldIndex("country"), pi = reader.GetFieldIndex("postalCode"),
                lai = reader.GetFieldIndex("latitude"), loi = reader.GetFieldIndex("longitude");
            var placeIndex = reader.TryGetFieldIndex("place", out var p) ? p : -1;
            while (await reader.ReadAsync(ct))
            {
                var line = $"line {reader.LineNumber}";
                var problems = new List<string>();
                var rowCountry = reader.GetString(ci);
                if (!string.Equals(rowCountry, country, StringComparison.OrdinalIgnoreCase))
                    problems.Add($"country '{rowCountry}' is not {country}, the table being loaded");
                var lat = Number(reader, lai, "latitude", problems);
                var lon = Number(reader, loi, "longitude", problems);
                if (problems.Count == 0)
                {
                    try
                    {
                        var place = placeIndex < 0 ? null : reader.GetString(placeIndex);
                        if (place is { Length: > Limits.Text }) throw new BusinessRuleException("place", $"place must be at most {Limits.Text} characters");
                        if (place is not null && !TextRules.IsStorable(place)) throw new BusinessRuleException("place", TextRules.Problem(place));
                        var row = new PostalCodeCentroid(country, reader.GetString(pi), lat, lon, place);
                        if (firstLine.TryAdd(row.Key, reader.LineNumber)) rows.Add(row);
                        else problems.Add($"postal code {row.Key} is already on line {firstLine[row.Key]}");
                    }
                    catch (BusinessRuleException e)
                    {
                        problems.AddRange(e.Errors.Values.SelectMany(v => v));
                    }
                }
                if (problems.Count > 0) Bad(line, [.. problems]);
            }
        }
        catch (CsvFormatException e)
        {
            Bad(e.LineNumber > 0 ? $"line {e.LineNumber}" : "csv", $"The CSV is malformed: {e.Message}");
        }
        return new PostalCodeCsvResult(rows, errors, bad);
    }

    private static double Number(CsvReader reader, int index, string column, List<string> problems)
    {
        if (reader.TryParse<double>(index, out var value) && double.IsFinite(value)) return value;
        problems.Add($"{column} '{reader.GetString(index)}' is not a number (use a decimal point)");
        return 0;
    }
}
