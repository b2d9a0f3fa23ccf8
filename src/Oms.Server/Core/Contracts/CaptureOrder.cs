using Oms.Server.Core.Commands;

namespace Oms.Server.Core.Contracts;

/// <summary>Capture an order from any channel; idempotent on the key and on channel + channel order id.</summary>
public sealed record CaptureOrder(CaptureOrderRequest Request, string? IdempotencyKey = null) : ICommand<CaptureResult>;
