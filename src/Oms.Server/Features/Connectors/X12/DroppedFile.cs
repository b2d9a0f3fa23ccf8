namespace Oms.Server.Features.Connectors.X12;

/// <summary>A file taken from a drop folder: where it went (<c>processed</c>, <c>rejected</c>), why, and what was received.</summary>
public sealed record DroppedFile(string File, string Outcome, string? Reason, EdiReceipt? Receipt);
