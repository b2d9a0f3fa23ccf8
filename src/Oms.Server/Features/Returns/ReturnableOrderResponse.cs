using Oms.Domain.Orders;

namespace Oms.Server.Features.Returns;

/// <summary>A purchase as the returns desk sees it: enough to confirm it is the customer's, and what may come back.</summary>
public sealed record ReturnableOrderResponse(Guid OrderId, string Number, string Channel, string ChannelOrderId, string? SellingLocation,
    string? CustomerName, DateTime CreatedAt, string Currency, IReadOnlyList<ReturnableLineResponse> Lines);

/// <summary>One line: units sold, units in other returns, units that may still come back (0 with the reason why not).</summary>
public sealed record ReturnableLineResponse(Guid OrderLineId, int LineNumber, string Sku, int Quantity, LineStatus Status,
    int AlreadyReturned, int Returnable, string? NotReturnableBecause);
