using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Oms.Persistence;

namespace Oms.Server.Core.Commands;

/// <summary>
/// Several reads in one round trip: statements are queued with the code that reads their rows, then sent as one command
/// (PostgreSQL receives them as one batch; SQLite runs them one after the other on its side). Inside the command's
/// transaction when there is one. Values are bound the way EF Core stores them (on SQLite a Guid is upper-case text) and
/// read back with <see cref="Row"/>, which evens out what the two providers return.
/// </summary>
public sealed class ReadBatch(OmsDbContext db)
{
    private readonly DbCommand _command = db.Database.GetDbConnection().CreateCommand();
    private readonly StringBuilder _sql = new();
    private readonly List<Action<Row>> _readers = [];
    private readonly bool _sqlite = db.Database.IsSqlite();

    public bool IsEmpty => _readers.Count == 0;

    /// <summary>A parameter for a statement of this batch; its placeholder.</summary>
    public string Param(object? value)
        => SqlParameters.Add(_command, "b" + _command.Parameters.Count.ToString(CultureInfo.InvariantCulture), value ?? DBNull.Value, _sqlite);

    /// <summary>A parameter list for <c>IN (…)</c>; never empty (an empty list matches nothing).</summary>
    public string In(IEnumerable<object> values)
    {
        var names = values.Select(Param).ToList();
        return names.Count == 0 ? "NULL" : string.Join(", ", names);
    }

    /// <summary>Queues a statement; <paramref name="read"/> is called once per row it returns.</summary>
    public void Add(string sql, Action<Row> read)
    {
        _sql.Append(sql.TrimEnd().TrimEnd(';')).AppendLine(";");
        _readers.Add(read);
    }

    /// <summary>Sends every queued statement in one round trip and reads the results in order.</summary>
    public async Task RunAsync(CancellationToken ct)
    {
        if (_readers.Count == 0) return;
        await using var _ = _command;
        var connection = _command.Connection!;
        if (connection.State != ConnectionState.Open) await db.Database.OpenConnectionAsync(ct);
        _command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        _command.CommandText = _sql.ToString();
        await using var reader = await _command.ExecuteReaderAsync(ct);
        var row = new Row(reader);
        for (var i = 0; i < _readers.Count; i++)
        {
            if (i > 0 && !await reader.NextResultAsync(ct)) throw new InvalidOperationException("The read batch returned fewer results than statements.");
            while (await reader.ReadAsync(ct)) _readers[i](row);
        }
    }

    /// <summary>The current row, read the same way on both providers.</summary>
    public sealed class Row(DbDataReader reader)
    {
        public bool IsNull(int i) => reader.IsDBNull(i);
        public string String(int i) => reader.GetString(i);
        public string? NullableString(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
        public Guid Guid(int i) => reader.GetFieldType(i) == typeof(string) ? System.Guid.Parse(reader.GetString(i)) : reader.GetGuid(i);
        public Guid? NullableGuid(int i) => reader.IsDBNull(i) ? null : Guid(i);
        public long Long(int i) => Convert.ToInt64(reader.GetValue(i), CultureInfo.InvariantCulture);
        public DateTime Utc(int i) => DateTime.SpecifyKind(reader.GetDateTime(i), DateTimeKind.Utc);
    }
}
