namespace Oms.Server.Core.Contracts;

public sealed record TimelineEntryResponse(int Sequence, DateTime At, string Type, string Actor, string Message, Guid? LineId,
    Guid? SubjectId = null);
