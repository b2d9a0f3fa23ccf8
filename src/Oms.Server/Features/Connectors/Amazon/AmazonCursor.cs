using System.Text.Json;

namespace Oms.Server.Features.Connectors.Amazon;

/// <summary>
/// Where the Amazon poller goes on from: <see cref="After"/> (getOrders' LastUpdatedAfter of the sweep under way),
/// <see cref="Token"/> (the NextToken that fetches the page to read next; null for the sweep's first page) and
/// <see cref="UpTo"/> (the LastUpdatedBefore Amazon answered on the sweep's first page, the next sweep's After).
/// The cursor only moves past a page once every order of it is in the batch handed back.
/// </summary>
public sealed record AmazonCursor(DateTime After, string? Token, DateTime? UpTo)
{
    public string Serialize() => JsonSerializer.Serialize(this);

    public static AmazonCursor? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        try
        {
            return JsonSerializer.Deserialize<AmazonCursor>(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
