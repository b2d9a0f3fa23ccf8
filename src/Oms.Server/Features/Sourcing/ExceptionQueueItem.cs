using Oms.Domain.Orders;

namespace Oms.Server.Features.Sourcing;

/// <summary>
/// A line that waits for a person: which order and line, what it needs, why it is stuck and what was tried (the
/// locations that gave it back, with their reasons).
/// </summary>
public sealed record ExceptionQueueItem(Guid OrderId, string OrderNumber, string Channel, Guid LineId, int LineNumber, string Sku, int Quantity,
    DeliveryMethod DeliveryMethod, string? PickupLocation, string? Reason, DateTime? Since, IReadOnlyList<AttemptResponse> Tried);

/// <summary>One location that had the line and gave it back.</summary>
public sealed record AttemptResponse(string Location, string FulfilmentOrder, string Reason, DateTime At, string Actor);
