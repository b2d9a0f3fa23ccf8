namespace Oms.Domain.Inventory;

/// <summary>Where a movement came from.</summary>
public enum StockMovementSource { Order, Count, Adjustment, Receipt, Import, Return }
