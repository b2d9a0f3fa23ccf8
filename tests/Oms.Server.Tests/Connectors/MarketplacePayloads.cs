using System.Text.Json.Nodes;
using Oms.Domain.Connectors;
using Oms.Server.Features.Connectors;

namespace Oms.Server.Tests.Connectors;

/// <summary>The channels' public example payloads (copied next to the tests) and connector runtimes for the adapters.</summary>
internal static class MarketplacePayloads
{
    public static JsonNode Load(string channel, string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Connectors", "Payloads", channel, name)))!;

    public static ConnectorRuntime Runtime(ConnectorKind kind, string channel, JsonObject settings, Dictionary<string, string> secrets,
        ConnectorMapping? mapping = null, string? cursor = null) =>
        new(Guid.CreateVersion7(), $"{channel}-test", kind, channel, settings, secrets, mapping ?? ConnectorMapping.Empty, cursor);

    public static InboundMessage Message(string body) =>
        new(Guid.CreateVersion7(), "test", null, "test", Guid.NewGuid().ToString("N"), "application/json", body, null, DateTime.UtcNow);
}
