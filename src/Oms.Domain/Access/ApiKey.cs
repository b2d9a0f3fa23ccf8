using System.Security.Cryptography;

namespace Oms.Domain.Access;

/// <summary>
/// A system's credential (a channel, a till, a WMS, a carrier): the secret is shown once at creation and kept only as its
/// SHA-256 (a random 256-bit secret needs no slow hash). The key carries roles and what it is bound to.
/// </summary>
public sealed class ApiKey
{
    public const string Prefix = "oms_";
    private ApiKey() { KeyId = ""; Name = ""; CreatedBy = ""; SecretHash = []; Roles = []; Locations = []; }

    public ApiKey(Guid id, string keyId, string name, IEnumerable<string> roles, string? channel, IEnumerable<string> locations,
        bool mayActOnBehalf, byte[] secretHash, DateTime now, string by, DateTime? expiresAt = null)
    {
        Id = id;
        KeyId = keyId;
        Name = name;
        Roles = roles.Distinct(StringComparer.Ordinal).ToList();
        Channel = channel;
        Locations = locations.Distinct(StringComparer.Ordinal).ToList();
        MayActOnBehalf = mayActOnBehalf;
        SecretHash = secretHash;
        CreatedAt = now;
        CreatedBy = by;
        ExpiresAt = expiresAt;
    }

    public Guid Id { get; private set; }
    /// <summary>The public part of the key (<c>oms_{KeyId}_{secret}</c>), by which it is found.</summary>
    public string KeyId { get; private set; }
    /// <summary>How the timeline names the system: a key named <c>DC-CENTRAL</c> with the wms role acts as <c>wms:DC-CENTRAL</c>.</summary>
    public string Name { get; private set; }
    public IReadOnlyList<string> Roles { get; private set; }
    /// <summary>The one channel this key captures and reads for; null for a key not bound to a channel.</summary>
    public string? Channel { get; private set; }
    /// <summary>The locations a store-scoped key reaches (its store, its warehouse); empty for all.</summary>
    public IReadOnlyList<string> Locations { get; private set; }
    /// <summary>May name the person it acts for in <c>X-Actor</c> (a till naming its cashier).</summary>
    public bool MayActOnBehalf { get; private set; }
    public byte[] SecretHash { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public string CreatedBy { get; private set; }
    public DateTime? ExpiresAt { get; private set; }
    public DateTime? RevokedAt { get; private set; }
    public string? RevokedBy { get; private set; }
    public DateTime? LastUsedAt { get; private set; }

    public bool IsUsable(DateTime now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);

    public void Revoke(DateTime now, string by)
    {
        if (RevokedAt is not null) return;
        RevokedAt = now;
        RevokedBy = by;
    }

    /// <summary>Constant-time comparison of a presented secret with the stored hash.</summary>
    public bool Matches(string secret) => CryptographicOperations.FixedTimeEquals(Hash(secret), SecretHash);

    public static byte[] Hash(string secret) => SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret));

    /// <summary>Splits <c>oms_{keyId}_{secret}</c>; false for anything else.</summary>
    public static bool TryParse(string presented, out string keyId, out string secret)
    {
        keyId = secret = "";
        if (!presented.StartsWith(Prefix, StringComparison.Ordinal)) return false;
        var rest = presented[Prefix.Length..];
        var i = rest.IndexOf('_', StringComparison.Ordinal);
        if (i <= 0 || i == rest.Length - 1) return false;
        keyId = rest[..i];
        secret = rest[(i + 1)..];
        return keyId.Length <= 32 && secret.Length <= 128;
    }

    /// <summary>A new key: a random id and secret (URL-safe).</summary>
    public static (string KeyId, string Secret) NewSecret()
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', 'A').Replace('/', 'B');
        return (id, secret);
    }

    public static string Format(string keyId, string secret) => $"{Prefix}{keyId}_{secret}";
}
