namespace Oms.Ui.Api.Models;

/// <summary>One entry of a payment instrument's ledger.</summary>
public sealed record PaymentTransaction(Guid Id, string Kind, decimal Amount, string Status, string? Outcome, string? ProviderReference,
    int Attempts, DateTime RequestedAt, DateTime? CompletedAt, string? Message);
