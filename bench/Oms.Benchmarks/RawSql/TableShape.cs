namespace Oms.Benchmarks.RawSql;

/// <summary>A statement the baseline sends, in both dialects: positional parameters for Npgsql, named ones for SQLite.</summary>
internal interface IStatementShape
{
    string PostgresSql { get; }
    string SqliteSql { get; }
}

/// <summary>One statement with its values, in the order of the shape's parameters.</summary>
internal sealed record SqlRow(IStatementShape Shape, object?[] Values);

/// <summary>A table of the OMS schema and the columns the baseline fills, with its INSERT in both dialects.</summary>
internal sealed class TableShape(string name, IReadOnlyList<string> columns) : IStatementShape
{
    public string Name { get; } = name;
    public IReadOnlyList<string> Columns { get; } = columns;

    /// <summary>Positional parameters ($1, $2, ...), which Npgsql sends without rewriting the SQL.</summary>
    public string PostgresSql { get; } = Insert(name, columns, i => $"${i + 1}");

    /// <summary>Named parameters (@p0, @p1, ...) for Microsoft.Data.Sqlite.</summary>
    public string SqliteSql { get; } = Insert(name, columns, i => $"@p{i}");

    /// <summary>The nine columns EF Core maps an <c>Address</c> complex property to.</summary>
    public static IEnumerable<string> AddressColumns(string prefix)
        => new[] { "City", "Country", "Latitude", "Line1", "Line2", "Longitude", "Name", "Phone", "PostalCode" }
            .Select(c => $"{prefix}_{c}");

    private static string Insert(string table, IReadOnlyList<string> columns, Func<int, string> parameter)
        => $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) "
            + $"VALUES ({string.Join(", ", columns.Select((_, i) => parameter(i)))})";
}

/// <summary>An UPDATE of some columns of the rows matching the key columns; values: the set columns, then the keys.</summary>
internal sealed class UpdateShape(string table, IReadOnlyList<string> set, IReadOnlyList<string> keys) : IStatementShape
{
    public string PostgresSql { get; } = Update(table, set, keys, i => $"${i + 1}");
    public string SqliteSql { get; } = Update(table, set, keys, i => $"@p{i}");

    private static string Update(string table, IReadOnlyList<string> set, IReadOnlyList<string> keys, Func<int, string> parameter)
        => $"UPDATE \"{table}\" SET {string.Join(", ", set.Select((c, i) => $"\"{c}\" = {parameter(i)}"))} "
            + $"WHERE {string.Join(" AND ", keys.Select((c, i) => $"\"{c}\" = {parameter(set.Count + i)}"))}";
}
