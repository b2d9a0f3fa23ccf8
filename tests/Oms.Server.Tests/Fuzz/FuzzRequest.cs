using System.Text;

namespace Oms.Server.Tests.Fuzz;

/// <summary>
/// One request of the sweep, as bytes: header values are Latin-1 strings whose characters are the bytes sent (so that
/// invalid UTF-8 can be sent at all). <see cref="Protocol"/> marks requests the HTTP server itself may refuse before the
/// app sees them (invalid bytes in a header, an over-long request line): those may answer without a problem body.
/// </summary>
public sealed record FuzzRequest(string Operation, string Mutation, string Method, string Path, IReadOnlyList<(string Name, string Bytes)> Headers,
    byte[]? Body, string? ContentType, bool Protocol = false)
{
    /// <summary>The mutation's class, the part before ':' (<c>field.nul: lines[0].sku</c> → <c>field.nul</c>).</summary>
    public string Class => Mutation.Split(':')[0];

    public string Describe()
    {
        var text = new StringBuilder($"{Method} {Shorten(Path, 300)}\n");
        foreach (var (name, bytes) in Headers) text.Append($"{name}: {Printable(bytes, 120)}\n");
        if (ContentType is not null) text.Append($"Content-Type: {ContentType}\n");
        if (Body is not null) text.Append($"\n{Printable(Encoding.Latin1.GetString(Body), 700)} ({Body.Length} bytes)");
        return text.ToString();
    }

    /// <summary>Control characters and bytes above 0x7E shown as escapes, long text cut in the middle.</summary>
    public static string Printable(string value, int max)
    {
        var sb = new StringBuilder();
        foreach (var c in Shorten(value, max))
            sb.Append(c is < ' ' or > '~' && c != '…' ? $"\\x{(int)c:x2}" : c.ToString());
        return sb.ToString();
    }

    private static string Shorten(string value, int max) => value.Length <= max ? value : $"{value[..(max / 2)]}…{value[^(max / 2)..]}";
}
