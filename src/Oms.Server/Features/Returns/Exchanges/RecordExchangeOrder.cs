using Oms.Domain.Returns;
using Oms.Server.Core.Commands;

namespace Oms.Server.Features.Returns.Exchanges;

/// <summary>Links the captured exchange order to its return (or records why it could not be captured: <paramref name="Error"/>).</summary>
public sealed record RecordExchangeOrder(Guid ReturnId, Guid? OrderId, string? OrderNumber, string? Error = null) : ICommand<ReturnOrder>;
