namespace Oms.Ui.Api.Models;

/// <summary>A payment instrument with its amounts and ledger.</summary>
public sealed record Payment(Guid Id, int Sequence, string Method, string Provider, decimal Amount, decimal Authorised, decimal Captured,
    decimal Refunded, decimal Voided, bool Declined, IReadOnlyList<PaymentTransaction> Transactions);
