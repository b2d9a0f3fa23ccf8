using Oms.Domain.Common;

namespace Oms.Domain.Imports;

/// <summary>
/// A bulk import of reference data or stock from an uploaded file. The file is kept with the job, so any node can run
/// it; rows are applied in batches, each committed with the job's progress, so a job a stopped node leaves behind is
/// resumed after its last committed batch. Claims and progress are conditional updates in the database (one node runs
/// a job at a time); this type holds the state they write.
/// </summary>
public sealed class ImportJob
{
    private ImportJob() { Actor = null!; Payload = null!; }

    public ImportJob(Guid id, ImportKind kind, ImportFormat format, string payload, Actor actor, DateTime now)
    {
        if (!Enum.IsDefined(kind)) throw new BusinessRuleException("kind", $"{kind} is not an import kind.");
        if (!Enum.IsDefined(format)) throw new BusinessRuleException("format", $"{format} is not an import format.");
        Id = id;
        Kind = kind;
        Format = format;
        Payload = payload;
        Actor = actor.ToString();
        CreatedAt = now;
        Status = ImportStatus.Queued;
    }

    public Guid Id { get; private set; }
    public ImportKind Kind { get; private set; }
    public ImportFormat Format { get; private set; }
    public ImportStatus Status { get; private set; }
    /// <summary>Who uploaded the file; the changes it makes are recorded in their name.</summary>
    public string Actor { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime? StartedAt { get; private set; }
    public DateTime? FinishedAt { get; private set; }
    /// <summary>The node running the job, and when it last committed a batch (a stale heartbeat lets another node take over).</summary>
    public string? ClaimedBy { get; private set; }
    public DateTime? HeartbeatAt { get; private set; }
    /// <summary>Data rows in the file; known once a node has read it.</summary>
    public int? TotalRows { get; private set; }
    /// <summary>Rows processed so far; also where a resumed job continues.</summary>
    public int RowsRead { get; private set; }
    public int Accepted { get; private set; }
    public int Rejected { get; private set; }
    /// <summary>Why the whole job failed (an unreadable file), not a row's error.</summary>
    public string? FailureMessage { get; private set; }
    /// <summary>The uploaded file, as text.</summary>
    public string Payload { get; private set; }
}
