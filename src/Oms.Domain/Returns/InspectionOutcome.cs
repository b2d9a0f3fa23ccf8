namespace Oms.Domain.Returns;

/// <summary>
/// What a decision on held units did: the receipts decided, and the stock the caller applies (the units leave the held
/// stock; restocked units enter the sellable stock of the same location).
/// </summary>
public sealed record InspectionOutcome(IReadOnlyList<ReturnReceipt> Decided, IReadOnlyList<ReturnStockEffect> Effects)
{
    /// <summary>The one location the decided units are held at.</summary>
    public string LocationCode => Decided[0].LocationCode;
}
