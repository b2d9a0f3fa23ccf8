using Oms.Domain.Returns;
using Oms.Server.Core.Commands;

namespace Oms.Server.Features.Returns;

/// <summary>Closes a return: everything came in, or a person closes it short.</summary>
public sealed record CloseReturn(Guid ReturnId) : ICommand<ReturnOrder>;
