namespace Oms.Server.Features.Returns;

/// <summary>Every return of an order, oldest first (an order has few: no paging).</summary>
public sealed record OrderReturnsResponse(Guid OrderId, string OrderNumber, IReadOnlyList<ReturnResponse> Returns);
