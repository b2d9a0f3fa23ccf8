using Oms.Domain.Inventory;

namespace Oms.Server.Core.Events;

/// <summary>One movement of a stock row, as the journal has it.</summary>
public sealed record StockMovementRef(StockMovementKind Kind, int OnHandChange, int ReservedChange, StockMovementSource Source,
    string? Reference, string? Reason);
