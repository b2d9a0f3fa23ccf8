using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Webhooks;
using Oms.Persistence;
using Oms.Persistence.Outbox;
using Oms.Server.Web;

namespace Oms.Server.Features.Webhooks;

/// <summary>Subscriptions and their delivery logs as the API reads them; keyset pages, newest first.</summary>
public static class WebhookQueries
{
    public static async Task<WebhookSubscription> TrackedAsync(OmsDbContext db, Guid id, CancellationToken ct)
        => await db.WebhookSubscriptions.FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw NotFound(id);

    public static async Task<WebhookSubscription> GetAsync(OmsDbContext db, Guid id, CancellationToken ct)
        => await db.WebhookSubscriptions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw NotFound(id);

    public static async Task<CursorPage<WebhookSubscriptionResponse>> ListAsync(OmsDbContext db, bool? enabled, int? limit, string? cursor,
        CancellationToken ct)
    {
        var take = PageCursor.Limit(limit);
        var q = db.WebhookSubscriptions.AsNoTracking();
        if (enabled is { } e) q = q.Where(s => s.Enabled == e);
        if (PageCursor.Parse(cursor) is { } c) q = q.Where(s => s.CreatedAt < c.At || (s.CreatedAt == c.At && s.Id.CompareTo(c.Id) < 0));
        var rows = await q.OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id).Take(take + 1).ToListAsync(ct);
        return PageCursor.Page(rows, take, s => new PageCursor(s.CreatedAt, s.Id), WebhookSubscriptionResponse.From);
    }

    public static async Task<CursorPage<WebhookDeliveryResponse>> DeliveriesAsync(OmsDbContext db, Guid subscriptionId,
        DeliveryStatus? status, int? limit, string? cursor, CancellationToken ct)
    {
        var take = PageCursor.Limit(limit);
        var after = PageCursor.Parse(cursor);
        await GetAsync(db, subscriptionId, ct);
        var handler = WebhookDeliveries.HandlerOf(subscriptionId);
        var q = db.OutboxDeliveries.AsNoTracking().Where(d => d.Handler == handler);
        if (status is { } st) q = q.Where(d => d.Status == st);
        if (after is { } c) q = q.Where(d => d.CreatedAt < c.At || (d.CreatedAt == c.At && d.Id.CompareTo(c.Id) < 0));
        var rows = await q.OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id).Take(take + 1)
            .Join(db.OutboxEvents.AsNoTracking(), d => d.EventId, e => e.Id, (d, e) => new Row(d, e)).ToListAsync(ct);
        var attempts = await AttemptsAsync(db, [.. rows.Take(take).Select(r => r.Delivery.Id)], ct);
        return PageCursor.Page(rows, take, r => new PageCursor(r.Delivery.CreatedAt, r.Delivery.Id), r => Map(r, attempts));
    }

    public static async Task<WebhookDeliveryResponse> DeliveryAsync(OmsDbContext db, Guid subscriptionId, Guid deliveryId,
        CancellationToken ct)
    {
        var handler = WebhookDeliveries.HandlerOf(subscriptionId);
        var row = await db.OutboxDeliveries.AsNoTracking().Where(d => d.Id == deliveryId && d.Handler == handler)
            .Join(db.OutboxEvents.AsNoTracking(), d => d.EventId, e => e.Id, (d, e) => new Row(d, e)).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("Webhook delivery", deliveryId.ToString());
        return Map(row, await AttemptsAsync(db, [deliveryId], ct));
    }

    private static async Task<ILookup<Guid, WebhookAttempt>> AttemptsAsync(OmsDbContext db, List<Guid> deliveryIds, CancellationToken ct)
        => (await db.WebhookAttempts.AsNoTracking().Where(a => deliveryIds.Contains(a.DeliveryId)).ToListAsync(ct))
            .OrderBy(a => a.At).ThenBy(a => a.Id).ToLookup(a => a.DeliveryId);

    private static WebhookDeliveryResponse Map(Row r, ILookup<Guid, WebhookAttempt> attempts)
        => new(r.Delivery.Id, r.Event.Id, r.Event.Type, r.Event.Subject, r.Event.SubjectKey, r.Event.OccurredAt, r.Delivery.Status,
            r.Delivery.Status == DeliveryStatus.Pending ? r.Delivery.DueAt : null, r.Delivery.LastError, r.Delivery.CreatedAt,
            r.Delivery.CompletedAt,
            [.. attempts[r.Delivery.Id]
                .Select(a => new WebhookAttemptResponse(a.Attempt, a.At, a.StatusCode, a.DurationMs, a.Error, a.Succeeded))]);

    private static NotFoundException NotFound(Guid id) => new("Webhook subscription", id.ToString());

    private sealed record Row(OutboxDelivery Delivery, OutboxEvent Event);
}
