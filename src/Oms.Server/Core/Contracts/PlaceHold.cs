using Oms.Domain.Orders;
using Oms.Server.Core.Commands;

namespace Oms.Server.Core.Contracts;

/// <summary>A person stops an order before release with a hold of their own (manual approval or manual release), with a reason.</summary>
public sealed record PlaceHold(string Order, HoldKind Kind, string Reason) : ICommand<Order>;
