using Oms.Server.Core.Commands;

namespace Oms.Server.Features.Geocoding;

/// <summary>
/// Replaces a country's postal-code table with the rows of one CSV file, all or nothing: one bad row refuses the file.
/// Readers on every node see the new table by its load version.
/// </summary>
public sealed record LoadPostalCodeTable(string Country, PostalCodeCsvResult Csv, string? Source) : ICommand<PostalCodeTableResponse>;
