using Oms.Domain.Returns;
using Oms.Server.Core.Commands;

namespace Oms.Server.Features.Returns;

/// <summary>Decides units of a return held for inspection or for the vendor.</summary>
public sealed record InspectReturn(Guid ReturnId, InspectReturnRequest Request) : ICommand<ReturnOrder>;
