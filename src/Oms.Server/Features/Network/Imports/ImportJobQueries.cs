using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Imports;
using Oms.Persistence;
using Oms.Server.Web;

namespace Oms.Server.Features.Network.Imports;

/// <summary>Reads jobs without their (possibly large) file.</summary>
public static class ImportJobQueries
{
    public static async Task<ImportJobResponse> GetAsync(OmsDbContext db, Guid id, int errorLimit, CancellationToken ct)
    {
        var job = await Summaries(db, db.ImportJobs.AsNoTracking().Where(j => j.Id == id)).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("Import job", id.ToString());
        var first = await db.ImportRowErrors.AsNoTracking().Where(e => e.JobId == id).OrderBy(e => e.Row).ThenBy(e => e.Field)
            .Take(errorLimit)
            .Select(e => new ImportRowErrorResponse(e.Row, e.Field, e.Message)).ToListAsync(ct);
        return job with { Errors = first };
    }

    public static async Task<CursorPage<ImportJobResponse>> ListAsync(OmsDbContext db, ImportStatus? status, int limit, PageCursor? after,
        CancellationToken ct)
    {
        var q = db.ImportJobs.AsNoTracking();
        if (status is { } s) q = q.Where(j => j.Status == s);
        if (after is { } c) q = q.Where(j => j.CreatedAt < c.At || (j.CreatedAt == c.At && j.Id.CompareTo(c.Id) < 0));
        var newestFirst = q.OrderByDescending(j => j.CreatedAt).ThenByDescending(j => j.Id).Take(limit + 1);
        var items = await Summaries(db, newestFirst).ToListAsync(ct);
        return PageCursor.Page(items, limit, j => new PageCursor(j.CreatedAt, j.Id), j => j);
    }

    private static IQueryable<ImportJobResponse> Summaries(OmsDbContext db, IQueryable<ImportJob> jobs)
        => jobs.Select(j => new ImportJobResponse(
        j.Id, j.Kind, j.Format, j.Status, j.Actor, j.CreatedAt, j.StartedAt, j.FinishedAt, j.TotalRows, j.RowsRead, j.Accepted, j.Rejected,
        j.FailureMessage, db.ImportRowErrors.Count(e => e.JobId == j.Id), new List<ImportRowErrorResponse>()));
}
