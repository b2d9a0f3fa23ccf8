namespace Oms.Ui.Api.Models;

/// <summary>An order waiting on a hold of one kind (GET /api/holds).</summary>
public sealed record HeldOrder(Guid OrderId, string Number, string Channel, string? CustomerEmail, decimal Total, string Currency,
    string Kind, string Reason, DateTime PlacedAt);
