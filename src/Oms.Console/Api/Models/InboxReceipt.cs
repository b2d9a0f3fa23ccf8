namespace Oms.Ui.Api.Models;

/// <summary>What handling an inbound message (again) came to.</summary>
public sealed record InboxReceipt(Guid MessageId, string Status, bool Duplicate, string? Reason, string? Field, string? ResultType,
    string? ResultId);
