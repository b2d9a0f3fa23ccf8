using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oms.Domain.Common;
using Oms.Domain.Orders;
using Oms.Persistence;
using Oms.Server.Core.Access;
using Oms.Server.Core.Configuration;
using Oms.Server.Core.Outbox;
using Oms.Server.Core.Stock;
using Oms.Server.Core.Telemetry;
using Oms.Server.Core.Workflows;

namespace Oms.Server.Core.Commands;

/// <summary>
/// The one door every command goes through, from HTTP, the console, a bus consumer or a background job. It opens one
/// transaction, runs the handler, applies the planned stock changes in the global lock order, writes the journal and
/// the outbox, and commits once. A command that lost a race (a unique index, a deadlock, an order changed meanwhile, stock
/// taken between read and update) runs again from a clean slate; any other failure changes nothing. After the commit the
/// command's inline work (payment calls, back-orders) runs, and the relay is woken for the rest.
/// </summary>
public sealed partial class CommandBus(
    IServiceProvider services,
    OmsDbContext db,
    WriteGate gate,
    OutboxWriter writer,
    OutboxRelay relay,
    OutboxSignal signal,
    WorkflowRunner workflows,
    IOptions<StockSettings> stockSettings,
    TimeProvider clock,
    ILogger<CommandBus> log)
{
    private const int Attempts = 12;
    private static readonly ConcurrentDictionary<Type, object> Invokers = new();
    /// <summary>Inline work may run commands whose inline work runs commands: past this depth it is left to the relay.</summary>
    private const int MaxInlineDepth = 4;
    private readonly Dictionary<Guid, Order> _latest = [];
    private int _inlineDepth;

    /// <summary>Runs the command's handler as one command, for a caller whose scope the command's loads are checked against.</summary>
    public Task<TResult> SendAsync<TResult>(ICommand<TResult> command, Caller caller, CancellationToken ct)
        => SendAsync(command, caller.Actor, caller.Scope, ct);

    /// <summary>Runs the command's handler as one command, as the OMS itself (every object in reach).</summary>
    public Task<TResult> SendAsync<TResult>(ICommand<TResult> command, Actor actor, CancellationToken ct)
        => SendAsync(command, actor, AccessScope.All, ct);

    private Task<TResult> SendAsync<TResult>(ICommand<TResult> command, Actor actor, AccessScope scope, CancellationToken ct)
    {
        var invoker = (Invoker<TResult>)Invokers.GetOrAdd(command.GetType(),
            t => Activator.CreateInstance(typeof(Invoker<,>).MakeGenericType(t, typeof(TResult)))!);
        return RunAsync(actor, scope, (ctx, token) => invoker.InvokeAsync(services, command, ctx, token), ct);
    }

    /// <summary>Runs <paramref name="body"/> as one command for a caller (its scope is checked where orders are loaded).</summary>
    public Task<T> RunAsync<T>(Caller caller, Func<CommandContext, CancellationToken, Task<T>> body, CancellationToken ct)
        => RunAsync(caller.Actor, caller.Scope, body, ct);

    /// <summary>
    /// Runs <paramref name="body"/> as one command. When it returns an order, the answer is that order as it stands after
    /// the inline work too (a capture answers with its first payment result).
    /// </summary>
    public Task<T> RunAsync<T>(Actor actor, Func<CommandContext, CancellationToken, Task<T>> body, CancellationToken ct)
        => RunAsync(actor, AccessScope.All, body, ct);

    private async Task<T> RunAsync<T>(Actor actor, AccessScope scope, Func<CommandContext, CancellationToken, Task<T>> body,
        CancellationToken ct)
    {
        using var activity = OmsTelemetry.Source.StartActivity("oms.command");
        T result;
        OutboxWrite outbox;
        CommandContext ctx;
        List<string> stockChanged;
        // The bus owns the transaction and rolls all of it back on any failure: EF's savepoint around SaveChanges would
        // only cost two round trips per command.
        db.Database.AutoSavepointsEnabled = false;
        using (await gate.EnterAsync(db, ct))
        {
            for (var attempt = 1; ; attempt++)
            {
                db.ChangeTracker.Clear();
                CacheStamps.TakeBumped(db);
                var now = clock.GetUtcNow().UtcDateTime;
                var reuse = attempt == 1;
                ctx = new CommandContext(db, now, actor, scope, new StockPlan(db, stockSettings.Value), id => reuse && _latest.Remove(id, out var o) ? o : null);
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                try
                {
                    result = await body(ctx, ct);
                    // Every order the command touched moves on in its workflow (a lifted hold resumes it, a due release goes).
                    foreach (var tracked in ctx.TrackedOrders.ToList()) await workflows.AdvanceAsync(tracked.Order, ctx, ct);
                    // Before the first save: handlers whose interest follows stored data see what this command changes in it.
                    await writer.PrepareAsync(db, ct);
                    var returnEntries = OutboxWriter.NewReturnEntries(db);
                    // The orders first: their concurrency tokens are checked (and their rows locked) before any stock
                    // moves, so that a command that read an order another command has changed since runs again, instead
                    // of releasing or consuming a reservation that order no longer holds (two ships of one parcel). A command
                    // that moves no stock saves once, at the end (a round trip less; its tokens are checked all the same).
                    if (!ctx.Stock.IsEmpty) await db.SaveChangesAsync(ct);
                    var stock = await ctx.Stock.CommitAsync(now, actor.ToString(), ct);
                    stockChanged = [.. stock.Rows.Select(r => r.Sku).Distinct(StringComparer.Ordinal)];
                    var raised = await StockBooks.RecordAsync(db, stock, now, actor, ct);
                    outbox = writer.Write(db, ctx.TrackedOrders, returnEntries, stock, raised, ctx.Events, now,
                        _inlineDepth < MaxInlineDepth ? relay.InlineClaim(now) : null);
                    await db.SaveChangesAsync(ct);
                    await tx.CommitAsync(ct);
                    break;
                }
                catch (Exception ex) when (attempt < Attempts && LostRace(ex))
                {
                    await tx.RollbackAsync(CancellationToken.None);
                    OmsTelemetry.CommandsRetried.Add(1);
                    LogRetry(log, attempt, ex);
                    // Exponential with jitter, so that the losers of one race do not meet again in the next.
                    await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 4 << Math.Min(attempt, 7))), ct);
                }
                catch
                {
                    db.ChangeTracker.Clear();
                    throw;
                }
            }
        }
        foreach (var tracked in ctx.TrackedOrders) _latest[tracked.Order.Id] = tracked.Order;
        // This node saw its own change to cached data: it reloads at once, the others within their check interval.
        if (CacheStamps.TakeBumped(db)) ReferenceCache.For(db).Invalidate();
        if (stockChanged.Count > 0) StockPositionCache.For(db).Changed(stockChanged);
        db.ChangeTracker.Clear();
        if (outbox.Inline.Count > 0)
        {
            _inlineDepth++;
            try
            {
                await relay.RunInlineAsync(outbox.Inline, services, ct);
            }
            finally
            {
                _inlineDepth--;
            }
        }
        // The relay is woken only for work it has to do: a command whose events nobody else wants costs it nothing.
        if (outbox.ForRelay) signal.Notify();
        return result switch
        {
            Order o when _latest.TryGetValue(o.Id, out var newer) => (T)(object)newer,
            IOrderResult r when _latest.TryGetValue(r.Order.Id, out var newer) => (T)r.With(newer),
            _ => result,
        };
    }

    /// <summary>The order as this scope's last command committed it, if one did (an inline handler starts from it).</summary>
    public Order? Committed(Guid orderId) => _latest.GetValueOrDefault(orderId);

    /// <summary>The command would succeed, or fail for a real reason, if it ran again now.</summary>
    internal static bool LostRace(Exception ex)
        => ex is StockConflictException or CommandRaceException or DbUpdateConcurrencyException || DbErrors.IsUniqueViolation(ex) || DbErrors.IsTransient(ex);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Command lost a race (attempt {Attempt}); running it again")]
    private static partial void LogRetry(ILogger logger, int attempt, Exception exception);

    private abstract class Invoker<TResult>
    {
        public abstract Task<TResult> InvokeAsync(IServiceProvider services, ICommand<TResult> command, CommandContext ctx, CancellationToken ct);
    }

    private sealed class Invoker<TCommand, TResult> : Invoker<TResult> where TCommand : ICommand<TResult>
    {
        public override Task<TResult> InvokeAsync(IServiceProvider services, ICommand<TResult> command, CommandContext ctx, CancellationToken ct)
            => services.GetRequiredService<ICommandHandler<TCommand, TResult>>().HandleAsync((TCommand)command, ctx, ct);
    }
}
