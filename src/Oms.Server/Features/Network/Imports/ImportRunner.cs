using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oms.Domain.Common;
using Oms.Domain.Imports;
using Oms.Persistence;
using Oms.Server.Core.Commands;

namespace Oms.Server.Features.Network.Imports;

/// <summary>
/// Runs import jobs on this node. A job is claimed with one conditional UPDATE (queued, or running with a heartbeat
/// older than <see cref="ImportOptions.StaleAfterSeconds"/>), so only one node runs it. Each batch is one transaction:
/// it first moves the job's heartbeat on the condition that this node still owns the job and nobody committed rows
/// since (which locks the job row), then applies its rows and commits their errors and the progress with them. A
/// node that lost the job therefore cannot commit a batch twice, and a job taken over resumes after the last batch.
/// </summary>
public sealed partial class ImportRunner(IServiceScopeFactory scopes, IEnumerable<IRowImporter> importers, IOptions<ImportOptions> options,
    TimeProvider clock, ILogger<ImportRunner> log)
{
    private sealed record OpenJob(Guid Id, IRowImporter Importer, IReadOnlyList<ImportRow> Rows, Actor Actor);

    private enum Outcome { More, Done, Lost }

    /// <summary>This process's name in <see cref="ImportJob.ClaimedBy"/>.</summary>
    public string NodeId { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>Claims the oldest job that is waiting (or was left by a stopped node) and runs it; false when there is none.</summary>
    public async Task<bool> RunNextAsync(CancellationToken ct)
    {
        List<Guid> candidates;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OmsDbContext>();
            var stale = StaleBefore();
            candidates = await db.ImportJobs.AsNoTracking()
                .Where(j => j.Status == ImportStatus.Queued || (j.Status == ImportStatus.Running && j.HeartbeatAt < stale))
                .OrderBy(j => j.CreatedAt).Select(j => j.Id).Take(10).ToListAsync(ct);
        }
        foreach (var id in candidates)
        {
            if (!await TryClaimAsync(id, NodeId, ct)) continue;
            await RunAsync(id, NodeId, ct);
            return true;
        }
        return false;
    }

    /// <summary>Makes <paramref name="node"/> the job's runner if nobody runs it; false when another node does.</summary>
    public async Task<bool> TryClaimAsync(Guid id, string node, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OmsDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var stale = StaleBefore();
        var claimed = await scope.ServiceProvider.GetRequiredService<CommandBus>().RunAsync(Actor.System, (ctx, token) => ctx.Db.ImportJobs
            .Where(j => j.Id == id && (j.Status == ImportStatus.Queued || (j.Status == ImportStatus.Running && j.HeartbeatAt < stale)))
            .ExecuteUpdateAsync(u => u
                .SetProperty(j => j.Status, ImportStatus.Running)
                .SetProperty(j => j.ClaimedBy, node)
                .SetProperty(j => j.HeartbeatAt, now)
                .SetProperty(j => j.StartedAt, j => j.StartedAt ?? now), token), ct) == 1;
        if (claimed) LogClaimed(log, id, node);
        return claimed;
    }

    /// <summary>Runs a job <paramref name="node"/> has claimed until it is finished or another node took it over.</summary>
    public async Task RunAsync(Guid id, string node, CancellationToken ct)
    {
        var job = await OpenAsync(id, node, ct);
        if (job is null) return;
        while (await GuardedBatchAsync(job, node, ct) == Outcome.More)
        {
        }
    }

    /// <summary>Applies the next batch of a job <paramref name="node"/> has claimed; false when nothing is left to do for it.</summary>
    public async Task<bool> StepAsync(Guid id, string node, CancellationToken ct)
    {
        var job = await OpenAsync(id, node, ct);
        return job is not null && await GuardedBatchAsync(job, node, ct) == Outcome.More;
    }

    private DateTime StaleBefore() => clock.GetUtcNow().UtcDateTime.AddSeconds(-Math.Max(1, options.Value.StaleAfterSeconds));

    private async Task<OpenJob?> OpenAsync(Guid id, string node, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OmsDbContext>();
        var job = await db.ImportJobs.AsNoTracking().Where(j => j.Id == id && j.ClaimedBy == node && j.Status == ImportStatus.Running)
            .Select(j => new { j.Kind, j.Format, j.Payload, j.Actor }).FirstOrDefaultAsync(ct);
        if (job is null) return null;
        var importer = importers.Single(i => i.Kind == job.Kind);
        try
        {
            return new OpenJob(id, importer, ImportFile.Parse(job.Format, job.Payload, importer), Actor.Parse(job.Actor));
        }
        catch (ImportFileException e)
        {
            await FailAsync(id, node, e.Message, ct);
            return null;
        }
    }

    private async Task<Outcome> GuardedBatchAsync(OpenJob job, string node, CancellationToken ct)
    {
        try
        {
            return await BatchAsync(job, node, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // A bug or a database that keeps refusing: stop the job with a message rather than retry it forever.
            LogFailed(log, e, job.Id);
            await FailAsync(job.Id, node,
                "The import stopped on an unexpected error; the rows committed before it stay applied. See the server log.", ct);
            return Outcome.Lost;
        }
    }

    private async Task<Outcome> BatchAsync(OpenJob job, string node, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OmsDbContext>();
        var size = Math.Max(1, options.Value.BatchSize);
        var applied = new List<string>();
        var outcome = await scope.ServiceProvider.GetRequiredService<CommandBus>().RunAsync(job.Actor, async (ctx, token) =>
        {
            applied.Clear();
            var now = clock.GetUtcNow().UtcDateTime;
            var from = await db.ImportJobs.AsNoTracking()
                .Where(j => j.Id == job.Id && j.ClaimedBy == node && j.Status == ImportStatus.Running)
                .Select(j => (int?)j.RowsRead).FirstOrDefaultAsync(token);
            if (from is not { } start) return Outcome.Lost;
            // Locks the job row for this transaction; matches nothing once another node took the job or committed rows.
            if (await Owned(db, job.Id, node, start).ExecuteUpdateAsync(u => u.SetProperty(j => j.HeartbeatAt, now), token) != 1)
                return Outcome.Lost;

            var change = new ChangeContext(job.Actor, now, ChangeContext.Import(job.Id), ctx.Stock);
            int accepted = 0, rejected = 0;
            foreach (var row in job.Rows.Skip(start).Take(size))
            {
                var result = await job.Importer.ApplyAsync(db, row, change, token);
                if (result.Applied)
                {
                    accepted++;
                    applied.Add(result.Key!);
                    continue;
                }
                rejected++;
                db.ImportRowErrors.AddRange(result.Errors.Select(e => new ImportRowError(Ids.Next(now), job.Id, row.Number,
                    Clip(e.Field, 200), Clip(e.Message, 1000))));
            }
            var read = Math.Min(job.Rows.Count, start + size);
            var done = read >= job.Rows.Count;
            var status = done ? ImportStatus.Completed : ImportStatus.Running;
            DateTime? finished = done ? now : null;
            var updated = await Owned(db, job.Id, node, start).ExecuteUpdateAsync(u => u
                .SetProperty(j => j.RowsRead, read)
                .SetProperty(j => j.TotalRows, job.Rows.Count)
                .SetProperty(j => j.Accepted, j => j.Accepted + accepted)
                .SetProperty(j => j.Rejected, j => j.Rejected + rejected)
                .SetProperty(j => j.Status, status)
                .SetProperty(j => j.FinishedAt, finished), token);
            return updated == 1 ? done ? Outcome.Done : Outcome.More
                : throw new InvalidOperationException($"Import job {job.Id} changed under a batch that held its row.");
        }, ct);
        if (outcome == Outcome.Lost) LogLost(log, job.Id, node);
        if (applied.Count > 0) await AfterCommitAsync(job, applied, ct);
        if (outcome == Outcome.Done) LogDone(log, job.Id);
        return outcome;
    }

    /// <summary>The batch is committed whatever follows it; a failure here is logged, not held against the job.</summary>
    private async Task AfterCommitAsync(OpenJob job, List<string> applied, CancellationToken ct)
    {
        try
        {
            await job.Importer.AfterCommitAsync([.. applied.Distinct(StringComparer.Ordinal)], ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogAfterCommitFailed(log, e, job.Id);
        }
    }

    private static IQueryable<ImportJob> Owned(OmsDbContext db, Guid id, string node, int rowsRead)
        => db.ImportJobs.Where(j => j.Id == id && j.ClaimedBy == node && j.Status == ImportStatus.Running && j.RowsRead == rowsRead);

    private async Task FailAsync(Guid id, string node, string message, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OmsDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var text = Clip(message, 2000);
        await scope.ServiceProvider.GetRequiredService<CommandBus>().RunAsync(Actor.System, (ctx, token) => ctx.Db.ImportJobs
            .Where(j => j.Id == id && j.ClaimedBy == node && j.Status == ImportStatus.Running)
            .ExecuteUpdateAsync(u => u
                .SetProperty(j => j.Status, ImportStatus.Failed)
                .SetProperty(j => j.FailureMessage, text)
                .SetProperty(j => j.FinishedAt, now), token), ct);
        LogJobFailed(log, id);
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    [LoggerMessage(Level = LogLevel.Information, Message = "Import job {JobId} claimed by {Node}")]
    private static partial void LogClaimed(ILogger logger, Guid jobId, string node);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import job {JobId} completed")]
    private static partial void LogDone(ILogger logger, Guid jobId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import job {JobId} is no longer run by {Node}: another node took it over")]
    private static partial void LogLost(ILogger logger, Guid jobId, string node);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import job {JobId} failed")]
    private static partial void LogJobFailed(ILogger logger, Guid jobId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A step after a committed batch of import job {JobId} failed")]
    private static partial void LogAfterCommitFailed(ILogger logger, Exception exception, Guid jobId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Import job {JobId} stopped on an unexpected error")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid jobId);
}
