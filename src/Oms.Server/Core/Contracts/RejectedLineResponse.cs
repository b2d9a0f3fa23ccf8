namespace Oms.Server.Core.Contracts;

/// <summary>A line a location gave back: which, how many, why, when and who reported it.</summary>
public sealed record RejectedLineResponse(Guid LineId, int LineNumber, string Sku, int Quantity, string Reason, DateTime At, string Actor);
