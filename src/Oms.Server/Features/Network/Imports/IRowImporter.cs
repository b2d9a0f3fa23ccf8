using Oms.Domain.Imports;
using Oms.Persistence;

namespace Oms.Server.Features.Network.Imports;

/// <summary>What an import kind knows: its CSV columns, how to check and apply one row, and what follows a committed batch.</summary>
public interface IRowImporter
{
    ImportKind Kind { get; }
    IReadOnlyList<string> Columns { get; }
    IReadOnlyList<string> RequiredColumns { get; }

    /// <summary>Applies one row inside the batch's transaction, or says why not.</summary>
    Task<RowOutcome> ApplyAsync(OmsDbContext db, ImportRow row, ChangeContext change, CancellationToken ct);

    /// <summary>Runs after a batch committed, with the keys of its applied rows (stock offered to back-orders, say).</summary>
    Task AfterCommitAsync(IReadOnlyCollection<string> appliedKeys, CancellationToken ct);
}
