namespace Oms.Domain.Returns;

/// <summary>What the customer asks for after the sale.</summary>
public enum ReturnKind
{
    /// <summary>Goods come back, money goes back.</summary>
    Return,
    /// <summary>Goods come back, another item goes out (the price difference is charged or refunded).</summary>
    Exchange,
    /// <summary>Something went wrong (lost, damaged, wrong item): a refund or a replacement, with or without goods back.</summary>
    Claim,
}
