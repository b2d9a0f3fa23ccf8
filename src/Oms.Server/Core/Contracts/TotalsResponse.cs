namespace Oms.Server.Core.Contracts;

public sealed record TotalsResponse(decimal Subtotal, decimal Tax, decimal Shipping, decimal Total);
