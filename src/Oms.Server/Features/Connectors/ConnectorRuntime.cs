using System.Text.Json.Nodes;
using Oms.Domain.Connectors;

namespace Oms.Server.Features.Connectors;

/// <summary>A connector as an adapter uses it: settings and secrets readable, the mapping parsed.</summary>
/// <param name="Settings">Not secret: base address, shop domain, marketplace id, poll interval…</param>
/// <param name="Secrets">Decrypted credentials (API secret, client id and secret, webhook secret); never logged or returned.</param>
public sealed record ConnectorRuntime(Guid Id, string Code, ConnectorKind Kind, string Channel, JsonObject Settings,
    IReadOnlyDictionary<string, string> Secrets, ConnectorMapping Mapping, string? Cursor)
{
    public string? Setting(string name) => Settings[name]?.GetValue<string>();

    public string RequiredSetting(string name)
        => Setting(name) is { Length: > 0 } v ? v : throw new InvalidOperationException($"Connector {Code} has no setting {name}.");

    public string Secret(string name)
        => Secrets.TryGetValue(name, out var v) ? v : throw new InvalidOperationException($"Connector {Code} has no secret {name}.");
}
