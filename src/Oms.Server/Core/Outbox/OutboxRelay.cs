using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oms.Persistence;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Telemetry;

namespace Oms.Server.Core.Outbox;

/// <summary>
/// Delivers committed events to their handlers, on every node: a node claims due deliveries for a lease (one node at a
/// time per delivery), runs each handler in a scope of its own, then marks it delivered, schedules a retry with the
/// handler's backoff, or dead-letters it after the last attempt. A node that dies mid-delivery leaves its claim to
/// expire, and another node takes the delivery over: handlers are idempotent on the event id.
/// </summary>
public sealed partial class OutboxRelay(
    IServiceScopeFactory scopes,
    OutboxSignal signal,
    IEnumerable<IOutboxHandler> handlers,
    WriteGate gate,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxRelay> log) : BackgroundService
{
    private readonly Dictionary<string, IOutboxHandler> _handlers = handlers.ToDictionary(h => h.Name, StringComparer.Ordinal);
    private DateTime _nextObservation = DateTime.MinValue;

    /// <summary>This process, as it signs its claims.</summary>
    public string Node { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..6]}";

    public IReadOnlyCollection<IOutboxHandler> Handlers => _handlers.Values;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RelayEnabled) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
                while (await RunOnceAsync(stoppingToken) > 0)
                {
                    // Keep going while there is due work.
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogRoundFailed(log, ex);
                await Task.Delay(options.Value.PollInterval, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <summary>One round: claims a batch of due deliveries and handles them; returns how many it claimed.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        List<OutboxStore.Claim> claims;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OmsDbContext>();
            var now = clock.GetUtcNow().UtcDateTime;
            using (await gate.EnterAsync(db, ct))
                claims = await OutboxStore.ClaimDueAsync(db, Node, now, now + options.Value.Lease, options.Value.BatchSize, ct);
            if (now >= _nextObservation)
            {
                _nextObservation = now.AddSeconds(10);
                var pending = db.OutboxDeliveries.AsNoTracking().Where(d => d.Status == Oms.Persistence.Outbox.DeliveryStatus.Pending);
                var oldestDue = await pending.Where(d => d.DueAt <= now).MinAsync(d => (DateTime?)d.DueAt, ct);
                OmsTelemetry.ObserveOutbox(await pending.CountAsync(ct), oldestDue is { } due ? (now - due).TotalSeconds : 0);
            }
        }
        foreach (var claim in claims)
        {
            await using var scope = scopes.CreateAsyncScope();
            await HandleAsync(claim, scope.ServiceProvider, ct);
        }
        return claims.Count;
    }

    /// <summary>What a command on this node claims its inline deliveries with: this node, for one lease.</summary>
    internal InlineClaim InlineClaim(DateTime now) => new(Node, now + options.Value.Lease);

    /// <summary>Handles a command's inline deliveries now, in the caller's scope: born claimed by this node, with their events in hand.</summary>
    internal async Task RunInlineAsync(IReadOnlyList<OutboxMessage> messages, IServiceProvider services, CancellationToken ct)
    {
        foreach (var message in messages)
            await DeliverAsync(message, services, ct);
    }

    /// <summary>Runs rounds until nothing is due (tests, the command line, a redrive).</summary>
    public async Task<int> DrainAsync(CancellationToken ct)
    {
        var total = 0;
        for (int n; (n = await RunOnceAsync(ct)) > 0;) total += n;
        return total;
    }

    private async Task HandleAsync(OutboxStore.Claim claim, IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<OmsDbContext>();
        db.ChangeTracker.Clear();
        var e = await db.OutboxEvents.AsNoTracking().FirstAsync(x => x.Id == claim.EventId, ct);
        await DeliverAsync(new OutboxMessage(e.Id, claim.DeliveryId, claim.Handler, e.Type, e.Version, e.Subject, e.SubjectKey, e.OccurredAt, e.Data,
            claim.Attempts), services, ct);
    }

    /// <summary>Runs the delivery's handler and records the outcome (unless the handler's own command already recorded it).</summary>
    private async Task DeliverAsync(OutboxMessage message, IServiceProvider services, CancellationToken ct)
    {
        using var activity = OmsTelemetry.Source.StartActivity("oms.outbox.deliver");
        activity?.SetTag("oms.handler", message.Handler);
        var db = services.GetRequiredService<OmsDbContext>();
        var name = message.Handler.Split(':', 2)[0];
        HandlerResult result;
        if (!_handlers.TryGetValue(name, out var handler))
            result = HandlerResult.Dead($"No handler named '{name}' runs on this node.");
        else
        {
            try
            {
                result = await handler.HandleAsync(message, services, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                LogHandlerFailed(log, ex, message.Handler, message.Type, message.EventId);
                result = HandlerResult.Again($"{ex.GetType().Name}: {ex.Message}");
            }
        }
        db.ChangeTracker.Clear();
        var now = clock.GetUtcNow().UtcDateTime;
        OmsTelemetry.Deliveries.Add(1, new KeyValuePair<string, object?>("handler", name),
            new KeyValuePair<string, object?>("outcome", result.Outcome.ToString().ToLowerInvariant()));
        using (await gate.EnterAsync(db, ct))
        {
            switch (result.Outcome)
            {
                case HandlerOutcome.Done when result.Recorded:
                    break;
                case HandlerOutcome.Done:
                    await OutboxStore.CompleteAsync(db, message.DeliveryId, Node, now, ct);
                    break;
                case HandlerOutcome.Retry when handler is not null && message.Attempt < handler.Retry.MaxAttempts:
                    var due = now + (result.RetryAfter ?? handler.Retry.Delay(message.Attempt));
                    await OutboxStore.RescheduleAsync(db, message.DeliveryId, Node, due, result.Error ?? "failed", ct);
                    LogRetry(log, message.Handler, message.Type, message.EventId, message.Attempt, due, result.Error);
                    break;
                default:
                    await OutboxStore.DeadLetterAsync(db, message.DeliveryId, Node, now, result.Error ?? "failed", ct);
                    LogDead(log, message.Handler, message.Type, message.EventId, message.Attempt, result.Error);
                    break;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox relay round failed; trying again")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox handler {Handler} threw on {Type} event {EventId}")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, string handler, string type, Guid eventId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox {Handler}: {Type} event {EventId} attempt {Attempt} failed, retry at {Due:o}: {Error}")]
    private static partial void LogRetry(ILogger logger, string handler, string type, Guid eventId, int attempt, DateTime due, string? error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox {Handler}: {Type} event {EventId} dead-lettered after {Attempts} attempt(s): {Error}")]
    private static partial void LogDead(ILogger logger, string handler, string type, Guid eventId, int attempts, string? error);
}
