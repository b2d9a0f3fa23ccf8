using System.Text.Json;

namespace Oms.Server.Features.Network.Imports;

/// <summary>
/// One row of an import file: its number (1 = the first data row of a CSV file or the first element of a JSON array)
/// and its cells by column name, or its JSON object, or what makes it unreadable.
/// </summary>
public sealed record ImportRow(int Number, IReadOnlyDictionary<string, string?>? Cells, JsonElement? Json, string? Problem = null);
