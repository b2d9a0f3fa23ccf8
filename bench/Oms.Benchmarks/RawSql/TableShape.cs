namespace Oms.Benchmarks.RawSql;

/// <summary>A table of the OMS schema and the columns the baseline fills, with its INSERT in both dialects.</summary>
internal sealed class TableShape(string name, IReadOnlyList<string> columns)
{
    public string Name { get; } = name;
    public IReadOnlyList<string> Columns { get; } = columns;

    /// <summary>Positional parameters ($1, $2, ...), which Npgsql sends without rewriting the SQL.</summary>
    public string PostgresInsert { get; } = Insert(name, columns, i => $"${i + 1}");

    /// <summary>Named parameters (@p0, @p1, ...) for Microsoft.Data.Sqlite.</summary>
    public string SqliteInsert { get; } = Insert(name, columns, i => $"@p{i}");

    /// <summary>The nine columns EF Core maps an <c>Address</c> complex property to.</summary>
    public static IEnumerable<string> AddressColumns(string prefix)
        => new[] { "City", "Country", "Latitude", "Line1", "Line2", "Longitude", "Name", "Phone", "PostalCode" }
            .Select(c => $"{prefix}_{c}");

    private static string Insert(string table, IReadOnlyList<string> columns, Func<int, string> parameter)
        => $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) "
            + $"VALUES ({string.Join(", ", columns.Select((_, i) => parameter(i)))})";
}
