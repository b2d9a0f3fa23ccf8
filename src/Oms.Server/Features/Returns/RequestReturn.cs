using Oms.Domain.Returns;
using Oms.Server.Core.Commands;

namespace Oms.Server.Features.Returns;

/// <summary>Opens a return order on an order (by id or number).</summary>
public sealed record RequestReturn(string Order, ReturnRequest Request) : ICommand<ReturnOrder>;
