namespace Oms.Domain.Returns;

/// <summary>When the replacement of an exchange is released to fulfilment.</summary>
public enum ExchangeRelease
{
    /// <summary>Only once the returned goods are received (the default).</summary>
    OnReceipt,
    /// <summary>At once (an advance exchange); the original's refund is withheld until the goods are received.</summary>
    Advance,
}
