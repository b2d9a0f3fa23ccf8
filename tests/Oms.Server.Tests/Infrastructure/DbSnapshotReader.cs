using System.Data.Common;

namespace Oms.Server.Tests.Infrastructure;

/// <summary>The two statements of a <see cref="DbSnapshot"/>, prepared once on one open connection, for a sweep that takes thousands.</summary>
public sealed class DbSnapshotReader(DbConnection connection) : IAsyncDisposable
{
    private DbCommand? _counts;
    private DbCommand? _stock;

    public Task<DbSnapshot> TakeAsync() => DbSnapshot.TakeAsync(connection, this);

    internal async Task<(DbCommand Counts, DbCommand Stock)> CommandsAsync()
    {
        if (_counts is null || _stock is null)
        {
            _counts = DbSnapshot.Command(connection, DbSnapshot.CountsSql);
            _stock = DbSnapshot.Command(connection, DbSnapshot.StockSql);
            await _counts.PrepareAsync();
            await _stock.PrepareAsync();
        }
        return (_counts, _stock);
    }

    public async ValueTask DisposeAsync()
    {
        if (_counts is not null) await _counts.DisposeAsync();
        if (_stock is not null) await _stock.DisposeAsync();
    }
}
