using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Oms.Domain.Common;
using Oms.Persistence;
using Oms.Server.Core.Commands;

namespace Oms.Server.Core.Stock;

/// <summary>
/// The statements behind <see cref="StockPlan"/>: each change is one conditional UPDATE (or an upsert for rows that
/// may not exist) returning the row as it now stands. Consecutive reservations, releases and consumptions travel in one
/// batch (one round trip); counts and adjustments read the row with a lock first. Statements run in the order queued.
/// </summary>
internal sealed class StockSql(OmsDbContext db, StockSettings settings, DateTime now)
{
    /// <summary>No stock figure may exceed this: sums over a network stay far inside 64 bits and counts stay readable.</summary>
    public const int MaxQuantity = 1_000_000_000;

    private const string Returning = """ RETURNING "LocationCode", "Sku", "OnHand", "Reserved", "SafetyStock";""";
    private readonly bool _postgres = !db.Database.IsSqlite();
    private readonly List<StockOp> _queue = [];

    public void Queue(StockOp op) => _queue.Add(op);

    public async Task<List<(StockOp Op, StockRowView After, StockRowView? Before)>> RunAsync(CancellationToken ct)
    {
        var results = new List<(StockOp, StockRowView, StockRowView?)>();
        var batch = new List<StockOp>();
        foreach (var op in _queue)
        {
            if (op.Kind is StockOpKind.Reserve or StockOpKind.Release or StockOpKind.Consume or StockOpKind.Sell)
            {
                batch.Add(op);
                continue;
            }
            await FlushAsync(batch, results, ct);
            results.Add(await WithReadAsync(op, ct));
        }
        await FlushAsync(batch, results, ct);
        return results;
    }

    public async Task PromiseAsync(StockOp op, CancellationToken ct)
    {
        await using var cmd = Command();
        var id = Param(cmd, "id", op.ReceiptId!.Value);
        var q = Param(cmd, "q", op.Quantity);
        if (op.Kind == StockOpKind.Promise)
        {
            var pct = Param(cmd, "pct", op.LimitPercent);
            cmd.CommandText = $"""
                UPDATE "ExpectedReceipts" SET "Promised" = "Promised" + {q}
                WHERE "Id" = {id} AND "Status" = 'Open' AND ("Promised" + {q}) * 100 <= "Quantity" * {pct};
                """;
            if (await cmd.ExecuteNonQueryAsync(ct) != 1)
                throw new StockConflictException(
                    $"Expected receipt {op.ReceiptId} can no longer promise {op.Quantity} unit(s) of {op.Sku}.");
        }
        else
        {
            cmd.CommandText = $"""
                UPDATE "ExpectedReceipts" SET "Promised" = CASE WHEN "Promised" >= {q} THEN "Promised" - {q} ELSE 0 END WHERE "Id" = {id};
                """;
            await cmd.ExecuteNonQueryAsync(ct);
        }
    }

    private async Task FlushAsync(List<StockOp> batch, List<(StockOp, StockRowView, StockRowView?)> results, CancellationToken ct)
    {
        if (batch.Count == 0) return;
        await using var cmd = Command();
        var text = new StringBuilder();
        for (var i = 0; i < batch.Count; i++) text.AppendLine(Statement(cmd, batch[i], i));
        cmd.CommandText = text.ToString();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        for (var i = 0; i < batch.Count; i++)
        {
            if (i > 0 && !await reader.NextResultAsync(ct))
                throw new InvalidOperationException("The stock batch returned fewer results than statements.");
            var row = await reader.ReadAsync(ct) ? Row(reader) : null;
            if (row is null) throw Refused(batch[i]);
            results.Add((batch[i], row, null));
        }
        batch.Clear();
    }

    private string Statement(DbCommand cmd, StockOp op, int i)
    {
        var l = Param(cmd, $"l{i}", op.LocationCode);
        var s = Param(cmd, $"s{i}", op.Sku);
        var q = Param(cmd, $"q{i}", op.Quantity);
        var at = Param(cmd, $"t{i}", now);
        var where = $"""WHERE "LocationCode" = {l} AND "Sku" = {s}""";
        switch (op.Kind)
        {
            case StockOpKind.Reserve:
                // floor(atp × pct / 100) − channelSafety ≥ q  ⟺  atp × pct ≥ (q + channelSafety) × 100, in 64-bit integers.
                var pct = Param(cmd, $"p{i}", (long)op.SharePercent);
                var need = Param(cmd, $"n{i}", (long)(op.Quantity + op.ChannelSafety) * 100);
                return $"""
                    UPDATE "Stock" SET "Reserved" = "Reserved" + {q}, "UpdatedAt" = {at} {where}
                    AND "OnHand" - "Reserved" - "SafetyStock" >= {q}
                    AND CAST("OnHand" - "Reserved" - "SafetyStock" AS BIGINT) * {pct} >= {need}{Returning}
                    """;
            case StockOpKind.Release:
                return $"""UPDATE "Stock" SET "Reserved" = "Reserved" - {q}, "UpdatedAt" = {at} {where} AND "Reserved" >= {q}{Returning}""";
            case StockOpKind.Consume:
                return $"""UPDATE "Stock" SET "Reserved" = "Reserved" - {q}, "OnHand" = {Down("\"OnHand\"", q)},"""
                    + $""" "UpdatedAt" = {at} {where} AND "Reserved" >= {q}{Returning}""";
            default:
                var start = Param(cmd, $"i{i}", settings.CarryOutBelowZero == BelowZeroPolicy.Negative ? -op.Quantity : 0);
                return $"""
                    INSERT INTO "Stock" ("LocationCode", "Sku", "OnHand", "Reserved", "SafetyStock", "UpdatedAt") VALUES ({l}, {s}, {start}, 0, 0, {at})
                    ON CONFLICT ("LocationCode", "Sku") DO UPDATE SET "OnHand" = {Down("\"Stock\".\"OnHand\"", q)}, "UpdatedAt" = {at}{Returning}
                    """;
        }
    }

    /// <summary>On-hand less what physically left: below zero, or stopping at zero, as configured.</summary>
    private string Down(string column, string q) => settings.CarryOutBelowZero == BelowZeroPolicy.Negative
        ? $"{column} - {q}"
        : $"CASE WHEN {column} >= {q} THEN {column} - {q} ELSE 0 END";

    /// <summary>Counts, adjustments and receipts: the row is read under a lock, so the journal knows what it was.</summary>
    private async Task<(StockOp, StockRowView, StockRowView?)> WithReadAsync(StockOp op, CancellationToken ct)
    {
        StockRowView? before;
        await using (var read = Command())
        {
            read.CommandText = $"""
                SELECT "LocationCode", "Sku", "OnHand", "Reserved", "SafetyStock" FROM "Stock"
                WHERE "LocationCode" = {Param(read, "l", op.LocationCode)} AND "Sku" = {Param(read, "s", op.Sku)}{(_postgres ? " FOR UPDATE" : "")};
                """;
            await using var reader = await read.ExecuteReaderAsync(ct);
            before = await reader.ReadAsync(ct) ? Row(reader) : null;
        }
        var onHand = op.Kind == StockOpKind.Count ? op.Quantity : (before?.OnHand ?? 0) + op.Quantity;
        if (onHand < 0)
            throw new BusinessRuleException("delta",
                $"Adjusting {op.Sku} at {op.LocationCode} by {op.Quantity} would take on-hand below zero (it is {before?.OnHand ?? 0}).");
        if (onHand > MaxQuantity)
            throw new BusinessRuleException(op.Kind == StockOpKind.Count ? "onHand" : "delta",
                $"On-hand of {op.Sku} at {op.LocationCode} would be {onHand}; "
                + $"at most {MaxQuantity.ToString("N0", CultureInfo.InvariantCulture)} is allowed.");
        var safety = op.SafetyStock ?? before?.SafetyStock ?? 0;

        await using var write = Command();
        var l = Param(write, "l", op.LocationCode);
        var s = Param(write, "s", op.Sku);
        var n = Param(write, "n", onHand);
        var ss = Param(write, "ss", safety);
        var at = Param(write, "t", now);
        write.CommandText = before is null
            ? $"""INSERT INTO "Stock" ("LocationCode", "Sku", "OnHand", "Reserved", "SafetyStock", "UpdatedAt")"""
                + $""" VALUES ({l}, {s}, {n}, 0, {ss}, {at}){Returning}"""
            : $"""UPDATE "Stock" SET "OnHand" = {n}, "SafetyStock" = {ss}, "UpdatedAt" = {at}"""
                + $""" WHERE "LocationCode" = {l} AND "Sku" = {s}{Returning}""";
        await using var result = await write.ExecuteReaderAsync(ct);
        var after = await result.ReadAsync(ct)
            ? Row(result)
            : throw new InvalidOperationException($"Stock of {op.Sku} at {op.LocationCode} vanished while locked.");
        return (op, after, before);
    }

    private static Exception Refused(StockOp op) => op.Kind switch
    {
        StockOpKind.Reserve => new StockConflictException($"{op.LocationCode} no longer has {op.Quantity} unit(s) of {op.Sku} free."),
        // A reservation that is not there means the books disagree with the orders: a bug, not a client error.
        _ => new InvalidOperationException($"Stock of {op.Sku} at {op.LocationCode} has no reservation of {op.Quantity} to {op.Kind}."),
    };

    private static StockRowView Row(DbDataReader r)
        => new(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4));

    private DbCommand Command()
    {
        var cmd = db.Database.GetDbConnection().CreateCommand();
        cmd.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return cmd;
    }

    private string Param(DbCommand cmd, string name, object value) => SqlParameters.Add(cmd, name, value, !_postgres);
}
