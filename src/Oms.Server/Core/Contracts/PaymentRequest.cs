using Oms.Domain.Payments;

namespace Oms.Server.Core.Contracts;

/// <summary>
/// A payment instrument as a channel sends it: the method, the provider that handles it (<c>stripe</c>, <c>offline</c>),
/// the provider's token for it (never a card number) and, with several instruments, the amount each pays.
/// </summary>
[RequiredFields("method")]
public sealed record PaymentRequest(PaymentMethod? Method, string? Provider, string? Token, decimal? Amount = null);
