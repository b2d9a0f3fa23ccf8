namespace Oms.Domain.Returns;

/// <summary>
/// A refund, explained: <see cref="Total"/> = <see cref="Goods"/> + <see cref="Shipping"/> − <see cref="RestockingFee"/>
/// + <see cref="Goodwill"/>, and the <see cref="Entries"/> add up to the same total.
/// </summary>
public sealed record RefundCalculation(
    string Currency,
    IReadOnlyList<RefundLineAmount> Lines,
    IReadOnlyList<RefundExplanation> Entries,
    decimal Goods,
    decimal Shipping,
    decimal RestockingFee,
    decimal Goodwill,
    decimal Total);
