using Oms.Domain.Returns;
using Oms.Server.Core.Commands;

namespace Oms.Server.Features.Returns;

/// <summary>Checks units of a return in at a location.</summary>
public sealed record ReceiveReturn(Guid ReturnId, ReceiveReturnRequest Request) : ICommand<ReturnOrder>;
