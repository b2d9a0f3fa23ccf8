namespace Oms.Server.Features.Tracking;

/// <summary>What a customer knows about their order: its number, and the e-mail address or a postal code it was sent to.</summary>
public sealed record OrderStatusRequest(string? Number, string? Email, string? PostalCode);
