namespace Oms.Domain.Returns;

/// <summary>
/// A return order as the caller builds it, after <see cref="ReturnEligibility"/> accepted the lines. The return refers
/// to the order by id and number only; it never holds the order.
/// </summary>
/// <param name="Number">The number people quote (e.g. <c>R-7KQ2M9</c>), chosen by the caller and unique.</param>
/// <param name="GoodsBack">False for a claim whose reason needs no goods back: nothing is expected, nothing is received.</param>
/// <param name="ExpectedLocationCode">Where the goods are expected (a DC or a store); null when no goods come back.</param>
public sealed record NewReturn(
    Guid Id,
    string Number,
    Guid OrderId,
    string OrderNumber,
    string Currency,
    ReturnKind Kind,
    string ReasonCode,
    bool GoodsBack,
    ReturnMethod Method,
    string? ExpectedLocationCode,
    IReadOnlyList<NewReturnLine> Lines,
    string? Note = null);
