using Oms.Server.Core.Commands;

namespace Oms.Server.Core.Contracts;

/// <summary>Releases the order's allocated fulfilment orders when its release time has come; returns how many.</summary>
public sealed record ReleaseDue(Guid OrderId) : ICommand<int>;
