using System.Text;
using System.Text.Json.Nodes;
using Oms.Domain.Connectors;
using Oms.Server.Features.Connectors;

namespace Oms.Server.Tests.Connectors;

/// <summary>
/// The public example bodies under <c>Connectors/Payloads</c>, read from the test project's source folder (found by walking
/// up from the test binaries), and the small pieces the webshop adapter tests share.
/// </summary>
internal static class WebshopPayloads
{
    private static readonly Lazy<string> Folder = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Oms.Server.Tests", "Connectors", "Payloads");
            if (Directory.Exists(candidate)) return candidate;
            if (File.Exists(Path.Combine(dir.FullName, "Oms.Server.Tests.csproj"))) return Path.Combine(dir.FullName, "Connectors", "Payloads");
        }
        throw new DirectoryNotFoundException("Connectors/Payloads of the test project not found above " + AppContext.BaseDirectory);
    });

    public static string Text(string channel, string file) => File.ReadAllText(Path.Combine(Folder.Value, channel, file));

    public static JsonObject Json(string channel, string file) => JsonNode.Parse(Text(channel, file))!.AsObject();

    public static ChannelWebhook Webhook(string body, params (string Name, string Value)[] headers) =>
        new(Encoding.UTF8.GetBytes(body), headers.ToDictionary(h => h.Name, h => h.Value, StringComparer.OrdinalIgnoreCase), "application/json");

    public static InboundMessage Message(string type, string body) =>
        new(Guid.CreateVersion7(), "test", null, type, Guid.NewGuid().ToString(), "application/json", body, null, DateTime.UtcNow);

    public static ConnectorRuntime Runtime(ConnectorKind kind, string channel, JsonObject settings, IReadOnlyDictionary<string, string> secrets,
        ConnectorMapping mapping) =>
        new(Guid.CreateVersion7(), kind.ToString().ToLowerInvariant() + "-test", kind, channel, settings, secrets, mapping, null);
}

/// <summary>A plain <see cref="IHttpClientFactory"/> for adapters built outside the server.</summary>
internal sealed class PlainHttpClients : IHttpClientFactory
{
    public HttpClient CreateClient(string name) => new() { Timeout = TimeSpan.FromSeconds(10) };
}
