using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Connectors;
using Oms.Persistence;
using Oms.Server.Web;

namespace Oms.Server.Core.Inbox;

/// <summary>
/// Where every inbound message lands. <see cref="ReceiveAsync"/> stores the message first (its own small transaction, so
/// nothing that arrives is lost), recognises a delivery of the same message again by source + dedup key (a unique index;
/// the duplicate is counted and answered with the first delivery's outcome), and then hands it to the
/// <see cref="IInboundHandler"/> for its source. The handler's commands are transactions of their own; the outcome is
/// written after them. A message whose handling failed for a reason that may pass stays received and is tried again by
/// <see cref="InboxRetry"/>; one that cannot be used is kept as rejected with the reason and field, to be replayed.
/// </summary>
public sealed class MessageInbox(IServiceScopeFactory scopes, IEnumerable<IInboundHandler> handlers, TimeProvider clock,
    ILogger<MessageInbox> log)
{
    private readonly IInboundHandler[] _handlers = handlers.ToArray();

    public async Task<InboxReceipt> ReceiveAsync(InboundEnvelope envelope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var now = clock.GetUtcNow().UtcDateTime;
        var headers = envelope.Headers is { Count: > 0 } h ? JsonSerializer.Serialize(h) : null;
        var message = new InboundMessage(Ids.Next(now), envelope.Source, envelope.ConnectorId, envelope.MessageType, envelope.DedupKey,
            envelope.ContentType, envelope.Body, headers, now);
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OmsDbContext>();
            db.InboundMessages.Add(message);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e))
            {
                return await DuplicateAsync(message, now, ct);
            }
        }
        return await ProcessAsync(message.Id, ct);
    }

    /// <summary>Handles a stored message that is still received; answers a settled one's outcome as it stands.</summary>
    public async Task<InboxReceipt> ProcessAsync(Guid id, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OmsDbContext>();
        var message = await db.InboundMessages.FirstOrDefaultAsync(m => m.Id == id, ct) ?? throw new NotFoundException("Inbound message", id.ToString());
        if (message.Status != InboundStatus.Received) return InboxReceipt.Of(message, duplicate: false);

        var started = Stopwatch.GetTimestamp();
        var handler = Array.Find(_handlers, h => h.Handles(message));
        if (handler is null)
            message.Reject($"Nothing in the OMS reads {message.MessageType} messages from {message.Source}.", null, Now(), Elapsed(started));
        else
        {
            // The handler's commands run on a context of their own: the command bus owns its context's change tracker.
            using var work = scopes.CreateScope();
            await HandleAsync(handler, message, work.ServiceProvider, started, ct);
        }
        await db.SaveChangesAsync(ct);
        if (message.ConnectorId is { } connector)
            await db.Connectors.Where(c => c.Id == connector).ExecuteUpdateAsync(s => s.SetProperty(c => c.LastReceivedAt, message.ReceivedAt), ct);
        return InboxReceipt.Of(message, duplicate: false);
    }

    /// <summary>Handles a rejected or ignored message again, after its mapping or the master data was fixed.</summary>
    public async Task<InboxReceipt> ReplayAsync(Guid id, CancellationToken ct)
    {
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OmsDbContext>();
            var message = await db.InboundMessages.FirstOrDefaultAsync(m => m.Id == id, ct) ?? throw new NotFoundException("Inbound message", id.ToString());
            if (message.Status == InboundStatus.Accepted)
                throw new ConflictException($"Message {id} was accepted already ({message.ResultType} {message.ResultId}); replaying it would do nothing.");
            message.Replay();
            await db.SaveChangesAsync(ct);
        }
        return await ProcessAsync(id, ct);
    }

    private async Task HandleAsync(IInboundHandler handler, InboundMessage message, IServiceProvider services, long started,
        CancellationToken ct)
    {
        try
        {
            var result = await handler.HandleAsync(message, services, ct);
            if (result.Status == InboundStatus.Ignored) message.Ignore(result.Reason ?? "Nothing to do.", Now(), Elapsed(started));
            else message.Accept(result.ResultType, result.ResultId, Now(), Elapsed(started));
        }
        catch (InboundDeferredException e)
        {
            message.Deferred(e.Message);
        }
        catch (Exception e) when (Refusal(e) is { } refusal)
        {
            message.Reject(refusal.Reason, refusal.Field, Now(), Elapsed(started));
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            InboxLog.HandlingFailed(log, e, message.Id, message.Source, message.MessageType);
            message.Failed($"{e.GetType().Name}: {e.Message}", Now(), Elapsed(started));
        }
    }

    /// <summary>Why a message cannot be used, in the words the API would answer with; null for a failure that may pass.</summary>
    internal static (string Reason, string? Field)? Refusal(Exception e)
    {
        if (e is InboundRejectedException r) return (r.Message, r.Field);
        var problem = ProblemMapping.Map(e);
        if (problem is null || problem.Status is null or >= 500 || problem.Extensions.TryGetValue("code", out var code) && "concurrency".Equals(code))
            return null;
        if (problem is HttpValidationProblemDetails { Errors.Count: > 0 } v)
        {
            var first = v.Errors.First();
            var all = string.Join(" ", v.Errors.SelectMany(kv => kv.Value.Select(m => $"{kv.Key}: {m}")));
            return ($"{problem.Detail} {all}".Trim(), first.Key);
        }
        return (problem.Detail ?? problem.Title ?? e.Message, null);
    }

    private async Task<InboxReceipt> DuplicateAsync(InboundMessage message, DateTime now, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OmsDbContext>();
        await db.InboundMessages.Where(m => m.Source == message.Source && m.DedupKey == message.DedupKey)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Duplicates, m => m.Duplicates + 1).SetProperty(m => m.LastDuplicateAt, now), ct);
        var first = await db.InboundMessages.AsNoTracking().FirstAsync(m => m.Source == message.Source && m.DedupKey == message.DedupKey, ct);
        return InboxReceipt.Of(first, duplicate: true);
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;

    private static int Elapsed(long started) => (int)Math.Min(int.MaxValue, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
}
