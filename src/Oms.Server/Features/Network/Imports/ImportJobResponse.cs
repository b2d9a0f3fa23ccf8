using Oms.Domain.Imports;

namespace Oms.Server.Features.Network.Imports;

/// <summary>
/// An import job's state and progress: rows read of the total (known once a node has read the file), how many were
/// applied and rejected, and the rejected rows' errors (the first <c>errorLimit</c>, ordered by row; <c>errorCount</c> is all).
/// </summary>
public sealed record ImportJobResponse(Guid Id, ImportKind Kind, ImportFormat Format, ImportStatus Status, string Actor, DateTime CreatedAt,
    DateTime? StartedAt, DateTime? FinishedAt, int? TotalRows, int RowsRead, int Accepted, int Rejected, string? FailureMessage,
    int ErrorCount, IReadOnlyList<ImportRowErrorResponse> Errors);
