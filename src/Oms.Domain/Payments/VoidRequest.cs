namespace Oms.Domain.Payments;

/// <summary>Releases what is left of an authorisation; reducing it partially is a capture of less, then a void.</summary>
public sealed record VoidRequest(string IdempotencyKey, string AuthorisationReference);
