namespace Oms.Server.Features.Geocoding;

/// <summary>The good rows of a postal-code CSV and, per line, what is wrong with the bad ones.</summary>
/// <param name="Errors">Keyed "line N" (or "header"), at most <see cref="PostalCodeCsv.MaxReported"/> of them.</param>
/// <param name="BadRows">How many rows (or header problems) are bad, reported or not.</param>
public sealed record PostalCodeCsvResult(
    IReadOnlyList<Oms.Domain.Geocoding.PostalCodeCentroid> Rows, IReadOnlyDictionary<string, string[]> Errors, int BadRows);
