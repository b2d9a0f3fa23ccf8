namespace Oms.Server.Features.Tracking;

/// <summary>Units of one order line in a return, and how many of them came in so far.</summary>
public sealed record OrderStatusReturnLine(int LineNumber, string Sku, int Quantity, int Received);
