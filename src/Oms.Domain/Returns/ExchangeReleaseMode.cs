namespace Oms.Domain.Returns;

/// <summary>When an exchange's replacement order goes to fulfilment (per channel; a carry-out at a till is always at once).</summary>
public enum ExchangeReleaseMode
{
    /// <summary>Released straight away (advance exchange); the original's refund is withheld until the goods are received.</summary>
    Advance,
    /// <summary>Captured and reserved at once, released when the return's goods are received.</summary>
    OnReceipt,
}
