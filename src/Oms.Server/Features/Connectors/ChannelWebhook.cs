namespace Oms.Server.Features.Connectors;

/// <summary>A pushed message as it came: the exact body bytes (signatures are over them) and the request headers.</summary>
public sealed record ChannelWebhook(ReadOnlyMemory<byte> Body, IReadOnlyDictionary<string, string> Headers, string? ContentType)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var v) ? v : null;
}
