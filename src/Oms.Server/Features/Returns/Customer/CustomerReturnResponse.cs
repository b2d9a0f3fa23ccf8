using Oms.Domain.Returns;

namespace Oms.Server.Features.Returns.Customer;

/// <summary>The return just started: its number and status; its progress shows on the order-status page.</summary>
public sealed record CustomerReturnResponse(string Number, string OrderNumber, ReturnStatus Status, string? TrackingUrl, string? LabelUrl);
