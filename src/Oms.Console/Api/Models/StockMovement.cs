namespace Oms.Ui.Api.Models;

/// <summary>One line of the stock journal (GET /api/stock/movements).</summary>
public sealed record StockMovement(Guid Id, DateTime At, string Location, string Sku, string Kind, int OnHandChange, int ReservedChange,
    int OnHandAfter, int ReservedAfter, string Source, string? Reference, string? Reason, string Actor);
