using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Oms.Payments.Sandbox;

/// <summary>
/// A sandbox authorisation's reference, <c>sbx_pi_{hash}_{amount}{currency}</c> (plus <c>_captureDeclined</c> for
/// <see cref="SandboxTokens.CaptureDeclined"/>). It carries what was authorised, so any node, or a node restarted
/// since, can check a capture against it without the ledger of the node that authorised.
/// </summary>
public sealed record SandboxReference(string Hash, decimal Amount, string Currency, bool CaptureDeclined)
{
    private const string Prefix = "sbx_pi_";
    private const string CaptureDeclinedSuffix = "_captureDeclined";

    /// <summary>The reference an authorisation under this key gets: the same on every node and every retry.</summary>
    public static SandboxReference For(string idempotencyKey, decimal amount, string currency, bool captureDeclined) =>
        new(HashOf(idempotencyKey), amount, currency, captureDeclined);

    /// <summary>First 16 hex digits of SHA-256(key): stable, short, and not the key itself.</summary>
    public static string HashOf(string idempotencyKey) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey)).AsSpan(0, 8));

    public static bool TryParse(string? text, out SandboxReference reference)
    {
        reference = null!;
        if (text is null || !text.StartsWith(Prefix, StringComparison.Ordinal)) return false;
        var captureDeclined = text.EndsWith(CaptureDeclinedSuffix, StringComparison.Ordinal);
        var body = text[Prefix.Length..^(captureDeclined ? CaptureDeclinedSuffix.Length : 0)];
        var parts = body.Split('_');
        if (parts.Length != 2 || parts[0].Length != 16 || parts[1].Length < 4) return false;
        var currency = parts[1][^3..];
        if (!currency.All(char.IsAsciiLetterUpper)
            || !decimal.TryParse(parts[1][..^3], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
            || amount <= 0) return false;
        reference = new SandboxReference(parts[0], amount, currency, captureDeclined);
        return true;
    }

    public override string ToString() =>
        $"{Prefix}{Hash}_{Amount.ToString("0.##########", CultureInfo.InvariantCulture)}{Currency}"
        + (CaptureDeclined ? CaptureDeclinedSuffix : "");
}
