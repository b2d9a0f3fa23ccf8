namespace Oms.Domain.Returns;

/// <summary>What one order line refunds now, split into its parts (each already rounded; they add up to <see cref="Amount"/>).</summary>
public sealed record RefundLineAmount(Guid OrderLineId, int Quantity, decimal Price, decimal Discount, decimal Tax, decimal Amount);
