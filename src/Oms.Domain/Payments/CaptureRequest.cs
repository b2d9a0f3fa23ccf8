using Oms.Domain.Common;

namespace Oms.Domain.Payments;

public sealed record CaptureRequest(string IdempotencyKey, string AuthorisationReference, Money Amount);
