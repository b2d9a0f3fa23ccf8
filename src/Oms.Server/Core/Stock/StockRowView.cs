using Oms.Domain.Inventory;

namespace Oms.Server.Core.Stock;

/// <summary>A stock row as the command sees it: the database's values plus what the command itself has planned.</summary>
public sealed record StockRowView(string LocationCode, string Sku, int OnHand, int Reserved, int SafetyStock)
{
    public int AvailableToPromise => Availability.Atp(OnHand, Reserved, SafetyStock);
}
