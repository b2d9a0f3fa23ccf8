namespace Oms.Server.Features.Returns;

/// <summary>One entry of a return's own timeline (<c>return.requested</c>, <c>return.received</c>, …).</summary>
public sealed record ReturnTimelineEntryResponse(int Sequence, DateTime At, string Type, string Actor, string Message, Guid? ReturnLineId);
