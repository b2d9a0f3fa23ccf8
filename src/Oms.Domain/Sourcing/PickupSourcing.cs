namespace Oms.Domain.Sourcing;

/// <summary>Where a pickup line's stock may come from.</summary>
public enum PickupSourcing
{
    /// <summary>The store the customer chose must hold the stock itself; otherwise the line is back-ordered.</summary>
    ChosenStoreOnly,
    /// <summary>The chosen store when it holds the stock; otherwise another location ships it there (a transfer).</summary>
    ChosenStoreThenTransfer,
}
