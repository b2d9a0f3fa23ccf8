using Oms.Domain.Access;
using Oms.Server.Web.Access;
using Oms.Server.Web;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oms.Persistence;

namespace Oms.Server.Features.Network;

/// <summary>The audit trail of products, locations, channels and carriers: who changed what, when, before and after.</summary>
public static class ReferenceDataAuditApi
{
    public static void MapReferenceDataAuditApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/reference-data/audit", async Task<Ok<CursorPage<AuditEntryResponse>>> (string? entity, string? key, string? actor,
                DateTime? from, DateTime? to, int? limit, string? cursor, OmsDbContext db, CancellationToken ct) =>
            {
                var take = PageCursor.Limit(limit);
                var after = PageCursor.Parse(cursor);
                var q = db.ReferenceDataChanges.AsNoTracking();
                if (!string.IsNullOrWhiteSpace(entity))
                {
                    var e = ReferenceDataAudit.Entities
                        .FirstOrDefault(x => string.Equals(x, entity.Trim(), StringComparison.OrdinalIgnoreCase))
                        ?? throw new ValidationException([new ValidationFailure("entity",
                            $"Unknown entity '{entity}'. Use one of: {string.Join(", ", ReferenceDataAudit.Entities)}.")]);
                    q = q.Where(c => c.Entity == e);
                }
                if (QueryValues.Text(key, "key") is { } k) q = q.Where(c => c.Key == k);
                if (QueryValues.Text(actor, "actor") is { } a) q = q.Where(c => c.Actor == a);
                if (from is { } f) q = q.Where(c => c.At >= f.ToUniversalTime());
                if (to is { } t) q = q.Where(c => c.At < t.ToUniversalTime());
                if (after is { } c) q = q.Where(x => x.At < c.At || (x.At == c.At && x.Id.CompareTo(c.Id) < 0));
                var rows = await q.OrderByDescending(c => c.At).ThenByDescending(c => c.Id).Take(take + 1).ToListAsync(ct);
                return TypedResults.Ok(PageCursor.Page(rows, take, x => new PageCursor(x.At, x.Id), AuditEntryResponse.From));
            })
            .WithTags("Audit").RequirePermission(Permissions.NetworkRead).WithName("ListReferenceDataChanges")
            .WithSummary("Changes to products, locations, channels and carriers, newest first, cursor-paged; filter by entity, key, " +
                "actor and time")
            .ProducesValidationProblem();
    }
}
