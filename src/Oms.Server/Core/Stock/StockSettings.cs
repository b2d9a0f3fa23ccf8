namespace Oms.Server.Core.Stock;

/// <summary>The <c>Oms:Stock</c> section.</summary>
public sealed class StockSettings
{
    /// <summary>What a till sale or a collection does to on-hand when the books had fewer units than left the store.</summary>
    public BelowZeroPolicy CarryOutBelowZero { get; set; } = BelowZeroPolicy.Negative;
}
