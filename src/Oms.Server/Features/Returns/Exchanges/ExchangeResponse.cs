using Oms.Domain.Returns;

namespace Oms.Server.Features.Returns.Exchanges;

/// <summary>
/// An exchange's terms: the credit the returned units give, what the replacements cost, the difference (positive: the customer
/// pays it on the exchange order; negative: it is refunded once the goods are received) and the exchange order once captured.
/// </summary>
public sealed record ExchangeResponse(decimal Credit, decimal ReplacementTotal, decimal Difference, Guid? OrderId, string? OrderNumber,
    ExchangeReleaseMode ReleaseMode)
{
    public static ExchangeResponse? From(ReturnOrder r) => r.ExchangeCredit is { } credit && r.ReplacementTotal is { } total
        ? new(credit, total, total - credit, r.ExchangeOrderId, r.ExchangeOrderNumber, r.ReleaseMode ?? ExchangeReleaseMode.OnReceipt)
        : null;
}
