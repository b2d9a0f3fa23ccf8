namespace Oms.Domain.Returns;

/// <summary>Units of one return line checked in at the receiving desk, all with the same disposition.</summary>
public sealed record ReceivedUnits(Guid ReturnLineId, int Quantity, Disposition Disposition, string? Note = null);
