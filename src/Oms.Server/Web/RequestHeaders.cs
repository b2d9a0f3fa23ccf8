using Oms.Server.Core.Json;

namespace Oms.Server.Web;

public static class RequestHeaders
{
    public const int MaxIdempotencyKey = 200;

    /// <summary>The Idempotency-Key, trimmed and checked (at most 200 characters of storable text); null when absent.</summary>
    public static string? IdempotencyKey(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        var key = raw.Trim();
        if (key.Length > MaxIdempotencyKey)
            throw QueryValues.Invalid("Idempotency-Key", $"The Idempotency-Key header must be at most {MaxIdempotencyKey} characters.");
        if (!TextRules.IsStorable(key) || key.Any(char.IsControl))
            throw QueryValues.Invalid("Idempotency-Key", "The Idempotency-Key header contains characters that cannot be stored.");
        return key;
    }
}
