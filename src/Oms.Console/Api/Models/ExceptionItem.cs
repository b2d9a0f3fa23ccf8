namespace Oms.Ui.Api.Models;

/// <summary>A line every location gave back, waiting for a person (GET /api/exception-queue): which, why, what was tried.</summary>
public sealed record ExceptionItem(Guid OrderId, string OrderNumber, string Channel, Guid LineId, int LineNumber, string Sku, int Quantity,
    string DeliveryMethod, string? PickupLocation, string? Reason, DateTime? Since, IReadOnlyList<ExceptionAttempt> Tried);
