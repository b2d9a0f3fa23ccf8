using Oms.Domain.Inventory;

namespace Oms.Server.Features.Inventory;

/// <summary>One line of the stock journal.</summary>
public sealed record StockMovementResponse(Guid Id, DateTime At, string Location, string Sku, StockMovementKind Kind, int OnHandChange,
    int ReservedChange, int OnHandAfter, int ReservedAfter, StockMovementSource Source, string? Reference, string? Reason, string Actor)
{
    public static StockMovementResponse From(StockMovement m)
        => new(m.Id, m.At, m.LocationCode, m.Sku, m.Kind, m.OnHandChange, m.ReservedChange,
        m.OnHandAfter, m.ReservedAfter, m.Source, m.Reference, m.Reason, m.Actor);
}
