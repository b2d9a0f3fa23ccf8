using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Connectors;
using Oms.Persistence;
using Oms.Server.Core.Commands;

namespace Oms.Server.Features.Connectors.X12;

/// <summary>
/// Writes the documents the OMS sends a partner: each in its own interchange with the next control number of that
/// connector (one more than the highest used; two nodes racing for a number meet on the unique index and the loser runs
/// again), stored, then put in the connector's outbound folder. Writing the same answer again (same key: a retried
/// shipment notice, a repeated upload) returns the stored one and only makes sure its file is there.
/// </summary>
public sealed class EdiDocuments(IServiceScopeFactory scopes)
{
    /// <param name="functionalId">GS01 of the answer: FA (997), PR (855), SH (856).</param>
    public async Task<EdiDocument> WriteAsync(ConnectorRuntime connector, string type, string functionalId, string key, string reference,
        IReadOnlyList<(string SetId, List<string[]> Body)> sets, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connector);
        ArgumentNullException.ThrowIfNull(sets);
        var settings = X12Settings.Of(connector);
        await using var scope = scopes.CreateAsyncScope();
        var bus = scope.ServiceProvider.GetRequiredService<CommandBus>();
        var doc = await bus.RunAsync(Actor.System, async (ctx, token) =>
        {
            var existing = await ctx.Db.EdiDocuments.FirstOrDefaultAsync(d => d.ConnectorId == connector.Id && d.Key == key, token);
            if (existing is not null) return existing;
            var last = await ctx.Db.EdiDocuments.Where(d => d.ConnectorId == connector.Id).MaxAsync(d => (long?)d.InterchangeControl, token) ?? 0;
            var control = last + 1;
            var writer = new X12Writer();
            foreach (var (id, body) in sets) writer.Set(id, body);
            var text = writer.Write(settings.Us, settings.Partner, control, functionalId, ctx.Now, settings.Test);
            var created = new EdiDocument(Ids.Next(ctx.Now), connector.Id, type, key, control, reference, text,
                $"{type}-{control:D9}.x12", ctx.Now);
            ctx.Db.EdiDocuments.Add(created);
            return created;
        }, ct);
        await PutFileAsync(settings.OutboundFolder, doc, ct);
        return doc;
    }

    /// <summary>The documents of a connector, newest first.</summary>
    public async Task<IReadOnlyList<EdiDocument>> ListAsync(Guid connectorId, string? type, long? before, int limit, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OmsDbContext>();
        var q = db.EdiDocuments.AsNoTracking().Where(d => d.ConnectorId == connectorId);
        if (type is not null) q = q.Where(d => d.DocumentType == type);
        if (before is not null) q = q.Where(d => d.InterchangeControl < before);
        return await q.OrderByDescending(d => d.InterchangeControl).Take(limit).ToListAsync(ct);
    }

    /// <summary>Written to a temporary name and moved, so that a partner fetching the folder never reads half a file.</summary>
    private static async Task PutFileAsync(string? folder, EdiDocument doc, CancellationToken ct)
    {
        if (folder is null) return;
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, doc.FileName);
        if (File.Exists(path)) return;
        var temp = Path.Combine(folder, $".{doc.FileName}.{Guid.NewGuid():N}.tmp");
        await File.WriteAllTextAsync(temp, doc.Body, ct);
        File.Move(temp, path, overwrite: true);
    }
}
