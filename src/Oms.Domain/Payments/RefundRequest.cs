using Oms.Domain.Common;

namespace Oms.Domain.Payments;

public sealed record RefundRequest(string IdempotencyKey, string CaptureReference, Money Amount, string Reason);
