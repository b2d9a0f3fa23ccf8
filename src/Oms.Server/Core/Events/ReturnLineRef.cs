namespace Oms.Server.Core.Events;

/// <summary>A line of a return as it stands after the change: units expected back, received so far and refunded.</summary>
public sealed record ReturnLineRef(Guid Id, int LineNumber, Guid OrderLineId, string Sku, int Quantity, int Received, int Refunded);
