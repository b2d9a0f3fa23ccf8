using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Returns.Customer;

/// <summary>What a customer knows about their order: its number, and the e-mail address or a postal code it was sent to.</summary>
[RequiredFields("number")]
public sealed record CustomerProofRequest(string? Number, string? Email, string? PostalCode);
