using Oms.Domain.Network;

namespace Oms.Server.Features.Inventory;

/// <summary>One location's stock of a SKU. On-hand may be negative after a till sold more than the books had.</summary>
public sealed record StockPositionResponse(string Location, LocationType LocationType, int OnHand, int Reserved, int SafetyStock,
    int AvailableToPromise, DateTime UpdatedAt);
