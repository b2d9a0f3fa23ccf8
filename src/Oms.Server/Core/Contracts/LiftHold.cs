using Oms.Domain.Orders;
using Oms.Server.Core.Commands;

namespace Oms.Server.Core.Contracts;

/// <summary>A person lifts a hold with a reason.</summary>
public sealed record LiftHold(string Order, HoldKind Kind, string? Reason) : ICommand<Order>;
