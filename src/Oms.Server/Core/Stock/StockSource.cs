using Oms.Domain.Inventory;

namespace Oms.Server.Core.Stock;

/// <summary>Why stock moves, for the journal: what caused it (an order, a count…), its reference and a reason.</summary>
public sealed record StockSource(StockMovementSource Kind, string? Reference, string? Reason)
{
    /// <summary>What the journal keeps of a reason; a composed one ("cancelled: " and a client's reason) is cut to it.</summary>
    public const int MaxReason = 1000;

    public string? Reason { get; init; } = Clip(Reason);

    public static StockSource Order(string orderNumber, string reason) => new(StockMovementSource.Order, orderNumber, reason);

    /// <summary>At most <see cref="MaxReason"/> characters, never half a surrogate pair.</summary>
    private static string? Clip(string? reason)
    {
        if (reason is not { Length: > MaxReason }) return reason;
        var keep = char.IsHighSurrogate(reason[MaxReason - 2]) ? MaxReason - 2 : MaxReason - 1;
        return reason[..keep] + "…";
    }
}
