using Oms.Domain.Payments;

namespace Oms.Domain.Returns;

/// <summary>One part of a refund: how much, paid how, charged against which instrument (none for a channel instruction).</summary>
public sealed record RefundPortion(RefundPaidAs PaidAs, int? PaymentSequence, PaymentMethod? FromMethod, decimal Amount, string Text);
