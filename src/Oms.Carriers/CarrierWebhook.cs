namespace Oms.Carriers;

/// <summary>A webhook as it arrived: the raw body (signatures are over the exact bytes) and the request headers.</summary>
public sealed class CarrierWebhook
{
    private readonly Dictionary<string, string> headers;

    public CarrierWebhook(ReadOnlyMemory<byte> body, IEnumerable<KeyValuePair<string, string>> headers)
    {
        Body = body;
        this.headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in headers)
        {
            this.headers[name] = value;
        }
    }

    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>A header's value, the name compared without regard to case; null when absent.</summary>
    public string? Header(string name) => headers.GetValueOrDefault(name);
}
