using System.Security.Cryptography;

namespace Oms.Server.Features.Webhooks;

/// <summary>
/// Signing secrets as Standard Webhooks write them: <c>whsec_</c> followed by the base64 of the key bytes, which the
/// spec asks to be between 24 and 64 bytes. The OMS makes 32 random bytes when the caller brings none.
/// </summary>
public static class WebhookSecrets
{
    public const string Prefix = "whsec_";
    public const int MinBytes = 24;
    public const int MaxBytes = 64;

    public static string New() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>The secret with its prefix (one may be given without it); null when it is not base64 of 24 to 64 bytes.</summary>
    public static string? Normalise(string secret)
    {
        var text = secret.Trim();
        if (text.StartsWith(Prefix, StringComparison.Ordinal)) text = text[Prefix.Length..];
        var buffer = new byte[MaxBytes + 3];
        return Convert.TryFromBase64String(text, buffer, out var n) && n is >= MinBytes and <= MaxBytes ? Prefix + text : null;
    }
}
