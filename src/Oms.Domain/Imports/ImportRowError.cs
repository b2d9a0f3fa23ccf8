using Oms.Domain.Common;

namespace Oms.Domain.Imports;

/// <summary>Why one row of an import was rejected: its number in the file (1 = the first data row), the field and the message.</summary>
public sealed class ImportRowError
{
    private ImportRowError() { Field = null!; Message = null!; }

    public ImportRowError(Guid id, Guid jobId, int row, string field, string message)
    {
        Id = id;
        JobId = jobId;
        Row = Guard.NotNegative(row, "row");
        Field = string.IsNullOrWhiteSpace(field) ? "$" : field;
        Message = Guard.NotEmpty(message, "message");
    }

    public Guid Id { get; private set; }
    public Guid JobId { get; private set; }
    public int Row { get; private set; }
    public string Field { get; private set; }
    public string Message { get; private set; }
}
