using Oms.Server.Core.Commands;

namespace Oms.Server.Core.Contracts;

/// <summary>Records a reminder for the order's pickups that expire by <see cref="ExpiringBy"/>, once each; returns how many.</summary>
public sealed record RemindPickups(Guid OrderId, DateTime ExpiringBy) : ICommand<int>;
