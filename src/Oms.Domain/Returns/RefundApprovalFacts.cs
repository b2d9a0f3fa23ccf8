namespace Oms.Domain.Returns;

/// <summary>What the approval policy looks at for one refund.</summary>
/// <param name="GoodsReceived">Every unit refunded has been received (false: the refund would go out before the goods come in).</param>
/// <param name="ClaimWithoutReturn">A claim whose reason needs no goods back.</param>
public sealed record RefundApprovalFacts(string Currency, decimal Total, decimal Goodwill, bool GoodsReceived, bool ClaimWithoutReturn);
