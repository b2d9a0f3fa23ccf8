using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Access;
using Oms.Domain.Common;
using Oms.Domain.Connectors;
using Oms.Persistence;
using Oms.Server.Core.Inbox;
using Oms.Server.Web;
using Oms.Server.Web.Access;

namespace Oms.Server.Features.Inbox;

/// <summary>
/// Every message that came in from outside (channels' webhooks and polled orders, EDI files, warehouse messages): listed
/// and filtered, each with its raw body and outcome, and replayed once the mapping or master data behind a rejection is
/// fixed.
/// </summary>
public static class InboxApi
{
    public static void MapInboxApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/inbox").WithTags("Inbox");

        g.MapGet("/", async Task<Ok<CursorPage<InboundMessageResponse>>> (string? source, string? status, string? type, DateTime? from,
                DateTime? to, int? limit, string? cursor, OmsDbContext db, CancellationToken ct) =>
            {
                var q = db.InboundMessages.AsNoTracking();
                if (QueryValues.Text(source, "source", 100) is { } s) q = q.Where(m => m.Source == s);
                if (QueryValues.Enum<InboundStatus>(status, "status") is { } st) q = q.Where(m => m.Status == st);
                if (QueryValues.Text(type, "type", 100) is { } t) q = q.Where(m => m.MessageType == t);
                if (from is { } f) q = q.Where(m => m.ReceivedAt >= f.ToUniversalTime());
                if (to is { } u) q = q.Where(m => m.ReceivedAt < u.ToUniversalTime());
                if (PageCursor.Parse(cursor) is { } c) q = q.Where(m => m.ReceivedAt < c.At || (m.ReceivedAt == c.At && m.Id.CompareTo(c.Id) < 0));
                var size = PageCursor.Limit(limit);
                var rows = await q.OrderByDescending(m => m.ReceivedAt).ThenByDescending(m => m.Id).Take(size + 1).ToListAsync(ct);
                return TypedResults.Ok(PageCursor.Page(rows, size, m => new PageCursor(m.ReceivedAt, m.Id), m => Response(m, body: false)));
            })
            .RequirePermission(Permissions.IntegrationsRead).WithName("ListInboundMessages")
            .WithSummary("Inbound messages, newest first, by source, status (received, accepted, rejected, ignored), type and time; cursor-paged")
            .ProducesValidationProblem();

        g.MapGet("/{id:guid}", async Task<Ok<InboundMessageResponse>> (Guid id, OmsDbContext db, CancellationToken ct)
                => TypedResults.Ok(Response(await db.InboundMessages.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct)
                    ?? throw new NotFoundException("Inbound message", id.ToString()), body: true)))
            .RequirePermission(Permissions.IntegrationsRead).WithName("GetInboundMessage")
            .WithSummary("One inbound message with its body as it arrived and its outcome").ProducesProblem(404);

        g.MapPost("/{id:guid}/replay", async Task<Ok<InboxReceipt>> (Guid id, MessageInbox inbox, CancellationToken ct)
                => TypedResults.Ok(await inbox.ReplayAsync(id, ct)))
            .RequirePermission(Permissions.IntegrationsManage).WithName("ReplayInboundMessage")
            .WithSummary("Handle a rejected or ignored message again (after its mapping or master data was fixed); an accepted one is 409")
            .ProducesProblem(404).ProducesProblem(409);
    }

    private static InboundMessageResponse Response(InboundMessage m, bool body)
        => new(m.Id, m.Source, m.MessageType, m.DedupKey, m.Status, m.Reason, m.Field, m.ResultType, m.ResultId, m.ReceivedAt,
            m.ProcessedAt, m.ProcessingMs, m.Attempts, m.Duplicates, m.LastDuplicateAt, m.Replays, m.ContentType, m.Headers,
            body ? m.Body : null);
}
