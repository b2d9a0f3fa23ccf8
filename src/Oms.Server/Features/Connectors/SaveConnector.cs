using Oms.Domain.Connectors;
using Oms.Server.Core.Commands;

namespace Oms.Server.Features.Connectors;

/// <summary>Create a connector (<paramref name="Code"/> null: the body's code) or change the one with that code.</summary>
public sealed record SaveConnector(string? Code, ConnectorRequest Request) : ICommand<Connector>;

public sealed record PauseConnector(string Code, string? Reason) : ICommand<Connector>;

public sealed record ResumeConnector(string Code) : ICommand<Connector>;
