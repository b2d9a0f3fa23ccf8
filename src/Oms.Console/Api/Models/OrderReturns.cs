namespace Oms.Ui.Api.Models;

/// <summary>The returns of one order.</summary>
public sealed record OrderReturns(Guid OrderId, string OrderNumber, IReadOnlyList<ReturnOrder> Returns);
