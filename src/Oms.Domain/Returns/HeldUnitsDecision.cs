namespace Oms.Domain.Returns;

/// <summary>
/// A decision on held units of a return: one unit by its <see cref="ReceiptId"/>, or <see cref="Quantity"/> held units of a
/// line (<see cref="ReturnLineId"/>), the earliest received first, at <see cref="Location"/> when they are held at more
/// than one.
/// </summary>
public sealed record HeldUnitsDecision(Guid? ReceiptId, Guid? ReturnLineId, int Quantity, InspectionDecision Decision,
    string? Note = null, string? Location = null);
