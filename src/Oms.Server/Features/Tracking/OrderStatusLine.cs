using Oms.Domain.Orders;

namespace Oms.Server.Features.Tracking;

/// <summary>One line of the order as the customer sees it.</summary>
public sealed record OrderStatusLine(int LineNumber, string Sku, int Quantity, LineStatus Status, string StatusText);
