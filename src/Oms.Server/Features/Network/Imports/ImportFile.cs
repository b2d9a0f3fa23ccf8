using System.Text.Json;
using CsvHelper;
using Oms.Domain.Imports;

namespace Oms.Server.Features.Network.Imports;

/// <summary>
/// Reads an uploaded file into rows. CSV: comma-separated, RFC 4180 quoting, a header row naming the columns
/// (case-insensitive; unknown or missing required columns fail the file). JSON: an array of objects shaped like the
/// API's request bodies.
/// </summary>
public static class ImportFile
{
    private static readonly CsvReaderOptions Csv = CsvReaderOptions.Default with
    {
        Separator = ',',
        HasHeader = true,
        TrimWhitespace = true,
        SkipEmptyLines = true,
        MalformedData = CsvMalformedDataHandling.Throw,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        MissingField = CsvMissingFieldHandling.ReturnEmpty,
        // Row errors name rows and fields; values may be personal data and stay out of messages and logs.
        IncludeValuesInExceptions = false,
    };

    public static IReadOnlyList<ImportRow> Parse(ImportFormat format, string payload, IRowImporter importer)
        => format == ImportFormat.Csv ? ParseCsv(payload, importer) : ParseJson(payload);

    private static List<ImportRow> ParseCsv(string payload, IRowImporter importer)
    {
        try
        {
            using var csv = CsvReader.FromText(payload, Csv);
            var columns = Columns([.. csv.Headers], importer);
            var rows = new List<ImportRow>();
            while (csv.Read())
            {
                var number = (int)csv.RowNumber;
                if (csv.FieldCount > columns.Length)
                {
                    rows.Add(new(number, null, null, $"The row has {csv.FieldCount} fields; the header has {columns.Length}."));
                    continue;
                }
                var cells = new Dictionary<string, string?>(StringComparer.Ordinal);
                for (var i = 0; i < columns.Length; i++)
                    cells[columns[i]] = i < csv.FieldCount ? csv.GetString(i) : null;
                rows.Add(new(number, cells, null));
            }
            return rows;
        }
        catch (CsvFormatException e)
        {
            throw new ImportFileException($"The CSV file is malformed at record {e.RecordNumber} (the header is record 1): {e.Message}");
        }
    }

    /// <summary>The importer's name of each header column, in file order.</summary>
    private static string[] Columns(IReadOnlyList<string> header, IRowImporter importer)
    {
        var kind = importer.Kind.ToString().ToLowerInvariant();
        var all = string.Join(", ", importer.Columns);
        if (header.Count == 0) throw new ImportFileException($"The CSV file is empty; its first line must name the columns: {all}.");
        var names = new string[header.Count];
        for (var i = 0; i < header.Count; i++)
        {
            names[i] = importer.Columns.FirstOrDefault(c => string.Equals(c, header[i].Trim(), StringComparison.OrdinalIgnoreCase))
                ?? throw new ImportFileException($"Unknown column '{header[i]}'. The columns of a {kind} file are: {all}.");
        }
        var twice = names.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null) throw new ImportFileException($"Column '{twice.Key}' appears twice.");
        var missing = importer.RequiredColumns.Where(r => !names.Contains(r, StringComparer.Ordinal)).ToList();
        if (missing.Count > 0) throw new ImportFileException($"Required column(s) missing: {string.Join(", ", missing)}.");
        return names;
    }

    private static List<ImportRow> ParseJson(string payload)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(payload);
        }
        catch (JsonException e)
        {
            throw new ImportFileException($"The file is not valid JSON (line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}).");
        }
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Array)
                throw new ImportFileException("A JSON import is an array of objects, one per row.");
            return [.. doc.RootElement.EnumerateArray().Select((e, i) => e.ValueKind == JsonValueKind.Object
                ? new ImportRow(i + 1, null, e.Clone())
                : new ImportRow(i + 1, null, null, "The row is not a JSON object."))];
        }
    }
}
