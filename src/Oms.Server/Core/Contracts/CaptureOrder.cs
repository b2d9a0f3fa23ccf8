using Oms.Server.Core.Commands;

namespace Oms.Server.Core.Contracts;

/// <summary>Capture an order from any channel; idempotent on the key and on channel + channel order id.</summary>
/// <param name="AwaitingReturn">An exchange order released only when this return's goods are in: captured on an awaiting-return hold.</param>
public sealed record CaptureOrder(CaptureOrderRequest Request, string? IdempotencyKey = null, string? AwaitingReturn = null)
    : ICommand<CaptureResult>;
