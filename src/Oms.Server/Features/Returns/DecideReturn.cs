using Oms.Domain.Returns;
using Oms.Server.Core.Commands;

namespace Oms.Server.Features.Returns;

/// <summary>Approves, rejects or cancels a return.</summary>
public sealed record DecideReturn(Guid ReturnId, ReturnDecision Decision, string? Reason) : ICommand<ReturnOrder>;
