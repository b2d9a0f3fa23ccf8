namespace Oms.Server.Features.Network.Imports;

/// <summary>A row either applied (with the key of what it changed) or rejected with its errors.</summary>
public sealed record RowOutcome(string? Key, IReadOnlyList<RowError> Errors)
{
    public bool Applied => Errors.Count == 0;

    public static RowOutcome Rejected(params RowError[] errors) => new(null, errors);
}
