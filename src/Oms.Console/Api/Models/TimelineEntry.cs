namespace Oms.Ui.Api.Models;

/// <summary>One entry of the order's timeline.</summary>
public sealed record TimelineEntry(int Sequence, DateTime At, string Type, string Actor, string Message, Guid? LineId);
