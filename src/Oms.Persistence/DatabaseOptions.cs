namespace Oms.Persistence;

public sealed class DatabaseOptions
{
    /// <summary>Sqlite (default, embedded file) or Postgres.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
    public string ConnectionString { get; set; } = "Data Source=oms.db";

    /// <summary>Takes the provider from the connection string when it is unmistakable.</summary>
    public static DatabaseProvider Infer(string connectionString, DatabaseProvider? configured)
        => configured ?? (connectionString.Contains("Host=", StringComparison.OrdinalIgnoreCase)
            || connectionString.Contains("Server=", StringComparison.OrdinalIgnoreCase)
            ? DatabaseProvider.Postgres
            : DatabaseProvider.Sqlite);
}
