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
        // U+FFFD stands for bytes that were not UTF-8: two different keys would read the same.
        if (!TextRules.IsStorable(key) || key.Any(c => char.IsControl(c) || c == '\uFFFD'))
            throw QueryValues.Invalid("Idempotency-Key", "The Idempotency-Key header contains characters that cannot be stored, or bytes that are not UTF-8.");
        return key;
    }
}
