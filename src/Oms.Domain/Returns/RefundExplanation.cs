namespace Oms.Domain.Returns;

/// <summary>One line of a refund's explanation: a signed amount and what it is, in plain words.</summary>
/// <param name="OrderLineId">The order line the amount belongs to; null for shipping, fees and goodwill.</param>
public sealed record RefundExplanation(RefundEntryKind Kind, Guid? OrderLineId, decimal Amount, string Text);
