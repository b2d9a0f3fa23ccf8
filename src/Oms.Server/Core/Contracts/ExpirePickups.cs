using Oms.Server.Core.Commands;

namespace Oms.Server.Core.Contracts;

/// <summary>Expires the order's pickups not collected in time; returns how many lines expired.</summary>
public sealed record ExpirePickups(Guid OrderId) : ICommand<int>;
