using System.Text.Json;
using System.Text.Json.Nodes;
using Oms.Domain.Common;
using Oms.Domain.Connectors;
using Oms.Server.Core.Json;

namespace Oms.Server.Features.Connectors;

/// <summary>The adapters and pollers of this build by kind, and connectors made ready for them (secrets decrypted).</summary>
public sealed class ConnectorDirectory(IEnumerable<IChannelAdapter> adapters, IEnumerable<IOrderPoller> pollers, ConnectorSecrets secrets)
{
    private readonly Dictionary<ConnectorKind, IChannelAdapter> _adapters = adapters.ToDictionary(a => a.Kind);
    private readonly Dictionary<ConnectorKind, IOrderPoller> _pollers = pollers.ToDictionary(p => p.Kind);

    public IReadOnlyCollection<ConnectorKind> Kinds => _adapters.Keys;

    public IChannelAdapter? AdapterOrNull(ConnectorKind kind) => _adapters.GetValueOrDefault(kind);

    public IChannelAdapter Adapter(ConnectorKind kind)
        => AdapterOrNull(kind) ?? throw new BusinessRuleException("kind", $"This build of the OMS has no {kind} connector.");

    public IOrderPoller? Poller(ConnectorKind kind) => _pollers.GetValueOrDefault(kind);

    public ConnectorRuntime Runtime(Connector c)
        => new(c.Id, c.Code, c.Kind, c.Channel, Settings(c), secrets.Unprotect(c.ProtectedSecrets), Mapping(c), c.Cursor);

    public static JsonObject Settings(Connector c) => JsonNode.Parse(c.SettingsJson) as JsonObject ?? [];

    public static ConnectorMapping Mapping(Connector c)
        => JsonSerializer.Deserialize<ConnectorMapping>(c.MappingJson, OmsJson.Options) ?? ConnectorMapping.Empty;
}
