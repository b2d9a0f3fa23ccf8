using Oms.Domain.Common;
using Oms.Domain.Imports;
using Oms.Persistence;
using Oms.Server.Core.Commands;
using Oms.Server.Features.Network.Imports;

namespace Oms.Server.Cli;

/// <summary>
/// <c>import catalogue</c>: a products file (CSV with a header row, or a JSON array) through the same import machinery as
/// <c>POST /api/imports/products</c>: stored as a job, run here batch by batch (the bar follows the rows read), with the
/// job's row errors as the rejections. A dry run reads the file's rows and columns without storing anything.
/// </summary>
public sealed class CatalogueImport(IServiceProvider services)
{
    public async Task<ImportSummary> RunAsync(ImportArguments a, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(a);
        var format = Path.GetExtension(a.File!).ToLowerInvariant() switch
        {
            ".csv" => ImportFormat.Csv,
            ".json" => ImportFormat.Json,
            _ => throw new UsageException("A catalogue file is .csv or .json."),
        };
        var text = await File.ReadAllTextAsync(a.File!, ct);
        var importer = services.GetServices<IRowImporter>().Single(i => i.Kind == ImportKind.Products);
        var summary = new ImportSummary();
        IReadOnlyList<ImportRow> rows;
        try
        {
            rows = ImportFile.Parse(format, text, importer);
        }
        catch (ImportFileException e)
        {
            summary.Reject("file", null, e.Message);
            return summary;
        }
        if (a.DryRun)
        {
            foreach (var _ in rows) summary.Accept(duplicate: false);
            return summary;
        }
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var actor = new Actor("cli", Environment.UserName);
        var job = new ImportJob(Ids.Next(now), ImportKind.Products, format, text, actor, now);
        using (var scope = services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<CommandBus>().RunAsync(actor, (ctx, _) =>
            {
                ctx.Db.ImportJobs.Add(job);
                return Task.FromResult(job.Id);
            }, ct);
        var runner = services.GetRequiredService<ImportRunner>();
        var node = $"cli/{Environment.ProcessId}";
        var claimed = await runner.TryClaimAsync(job.Id, node, ct);
        var bar = new ProgressBar("products", rows.Count);
        var read = 0;
        // A server node on the same database may take the job first: it runs it, and the summary reports what it did.
        while (claimed ? await runner.StepAsync(job.Id, node, ct) : (await StatusAsync(job.Id, ct)).FinishedAt is null)
        {
            if (!claimed) await Task.Delay(200, ct);
            var now2 = await StatusAsync(job.Id, ct);
            bar.Step(now2.RowsRead - read);
            read = now2.RowsRead;
        }
        var done = await StatusAsync(job.Id, ct);
        bar.Step(done.RowsRead - read);
        for (var i = 0; i < done.Accepted; i++) summary.Accept(duplicate: false);
        foreach (var e in done.Errors) summary.Reject($"row {e.Row}", e.Field, e.Message);
        if (done.FailureMessage is not null) summary.Reject("file", null, done.FailureMessage);
        return summary;
    }

    private async Task<ImportJobResponse> StatusAsync(Guid id, CancellationToken ct)
    {
        using var scope = services.CreateScope();
        return await ImportJobQueries.GetAsync(scope.ServiceProvider.GetRequiredService<OmsDbContext>(), id, 10_000, ct);
    }
}
