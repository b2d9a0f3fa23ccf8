using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Connectors;
using Oms.Persistence;
using Oms.Server.Core.Scheduling;

namespace Oms.Server.Features.Connectors.X12;

/// <summary>
/// Picks up the interchanges partners drop in a connector's <c>dropFolder</c> (<c>*.edi</c>, <c>*.x12</c>): each is received
/// like an upload, then moved to <c>processed/</c>, or to <c>rejected/</c> with a <c>.reason.txt</c> beside it when it is not
/// an interchange of that partner. A file whose handling failed for a reason that may pass (the database) stays for the
/// next run; a file received twice (moved back by hand) is recognised by the inbox. Runs on one node at a time.
/// </summary>
public sealed class X12DropFolder(EdiReceiver receiver, IConfiguration configuration) : IPeriodicJob
{
    public string Name => "x12-drop-folder";

    public TimeSpan Interval => TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Oms:X12:DropFolderSeconds", 30)));

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<OmsDbContext>();
        var connectors = await db.Connectors.AsNoTracking().Where(c => c.Kind == ConnectorKind.X12 && c.Enabled).ToListAsync(ct);
        foreach (var c in connectors) await ScanAsync(X12Connectors.Runtime(c), ct);
    }

    /// <summary>Receives every file waiting in the connector's drop folder; answers what became of each.</summary>
    public async Task<IReadOnlyList<DroppedFile>> ScanAsync(ConnectorRuntime connector, CancellationToken ct)
    {
        var folder = X12Settings.Of(connector).DropFolder;
        if (folder is null || !Directory.Exists(folder)) return [];
        var files = Directory.EnumerateFiles(folder)
            .Where(f => f.EndsWith(".edi", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".x12", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal).ToList();
        var done = new List<DroppedFile>();
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            try
            {
                var receipt = await receiver.ReceiveAsync(connector, await File.ReadAllTextAsync(file, ct), ct);
                Move(file, Path.Combine(folder, "processed"));
                done.Add(new DroppedFile(name, "processed", null, receipt));
            }
            catch (Exception e) when (e is X12EnvelopeException or BusinessRuleException)
            {
                var target = Move(file, Path.Combine(folder, "rejected"));
                await File.WriteAllTextAsync(target + ".reason.txt", e.Message, ct);
                done.Add(new DroppedFile(name, "rejected", e.Message, null));
            }
        }
        return done;
    }

    /// <summary>Moves the file into <paramref name="folder"/>, under a new name when one of that name is there already.</summary>
    private static string Move(string file, string folder)
    {
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, Path.GetFileName(file));
        if (File.Exists(target)) target = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(file)}-{Guid.NewGuid():N}{Path.GetExtension(file)}");
        File.Move(file, target);
        return target;
    }
}
