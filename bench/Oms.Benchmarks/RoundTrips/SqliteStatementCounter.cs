using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace Oms.Benchmarks.RoundTrips;

/// <summary>
/// Counts the statements SQLite runs, per trace (the benchmark's activity per order, as <see cref="StatementRecorder"/>):
/// SQLite's trace hook on every connection the OMS opens (it stays on a pooled connection's handle, so the OMS's per-open
/// pragmas are counted too) sees each statement of a multi-statement command, BEGIN and COMMIT included. SQLite has no round trips: every statement
/// is a call into the library on the request's thread.
/// </summary>
internal sealed class SqliteStatementCounter : DbConnectionInterceptor
{
    private readonly ConcurrentDictionary<ActivityTraceId, ConcurrentQueue<string>> _byTrace = new();
    private readonly strdelegate_trace _trace;

    public SqliteStatementCounter() => _trace = (_, sql) => Record(sql);

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Hook(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Hook(connection);
        return Task.CompletedTask;
    }

    /// <summary>Hooks a connection opened outside EF Core (the raw-SQL baseline's).</summary>
    public void Hook(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite) raw.sqlite3_trace(sqlite.Handle, _trace, null);
    }

    /// <summary>The statements of one trace, in the order they ran (and forgets them).</summary>
    public List<string> Take(ActivityTraceId trace) => _byTrace.TryRemove(trace, out var q) ? [.. q] : [];

    private void Record(string sql)
    {
        if (Activity.Current is not { } activity) return;
        var flat = string.Join(' ', sql.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        _byTrace.GetOrAdd(activity.TraceId, _ => new ConcurrentQueue<string>()).Enqueue(flat.Length > 160 ? flat[..160] + "…" : flat);
    }
}
