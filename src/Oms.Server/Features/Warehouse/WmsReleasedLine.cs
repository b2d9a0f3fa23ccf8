using Oms.Domain.Orders;

namespace Oms.Server.Features.Warehouse;

/// <summary>A line to fulfil; the WMS names <see cref="LineId"/> when it dispatches or rejects only some lines.</summary>
public sealed record WmsReleasedLine(Guid LineId, int LineNumber, string Sku, int Quantity, LineStatus Status);
