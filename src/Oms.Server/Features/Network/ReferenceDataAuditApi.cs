using Oms.Server.Core.Contracts;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oms.Persistence;
using Oms.Server.Features.Orders;

namespace Oms.Server.Features.Network;

/// <summary>The audit trail of products, locations, channels and carriers: who changed what, when, before and after.</summary>
public static class ReferenceDataAuditApi
{
    public static void MapReferenceDataAuditApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/reference-data/audit", async Task<Ok<PagedResponse<AuditEntryResponse>>> (string? entity, string? key, string? actor,
                DateTime? from, DateTime? to, int? page, int? pageSize, OmsDbContext db, CancellationToken ct) =>
            {
                var p = Math.Max(1, page ?? 1);
                var size = Math.Clamp(pageSize ?? 50, 1, 200);
                var q = db.ReferenceDataChanges.AsNoTracking();
                if (!string.IsNullOrWhiteSpace(entity))
                {
                    var e = ReferenceDataAudit.Entities.FirstOrDefault(x => string.Equals(x, entity.Trim(), StringComparison.OrdinalIgnoreCase))
                        ?? throw new ValidationException([new ValidationFailure("entity",
                            $"Unknown entity '{entity}'. Use one of: {string.Join(", ", ReferenceDataAudit.Entities)}.")]);
                    q = q.Where(c => c.Entity == e);
                }
                if (!string.IsNullOrWhiteSpace(key)) q = q.Where(c => c.Key == key.Trim());
                if (!string.IsNullOrWhiteSpace(actor)) q = q.Where(c => c.Actor == actor.Trim());
                if (from is { } f) q = q.Where(c => c.At >= f.ToUniversalTime());
                if (to is { } t) q = q.Where(c => c.At < t.ToUniversalTime());
                var total = await q.CountAsync(ct);
                var rows = await q.OrderByDescending(c => c.At).ThenByDescending(c => c.Id).Skip((p - 1) * size).Take(size).ToListAsync(ct);
                return TypedResults.Ok(new PagedResponse<AuditEntryResponse>([.. rows.Select(AuditEntryResponse.From)], p, size, total));
            })
            .WithTags("Audit").WithName("ListReferenceDataChanges")
            .WithSummary("Changes to products, locations, channels and carriers, newest first; filter by entity, key, actor and time")
            .ProducesValidationProblem();
    }
}
