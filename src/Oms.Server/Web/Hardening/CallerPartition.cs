using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace Oms.Server.Web.Hardening;

/// <summary>
/// Which bucket a request is counted in: the API key's id (<c>key:&lt;id&gt;</c>), else a bearer token's hash prefix
/// (<c>token:&lt;16 hex&gt;</c>), else the caller's address (<c>ip:&lt;address&gt;</c>). The key's secret and the token never
/// leave this class: a partition key is safe to log. The credential is not verified here (the limiter runs before
/// authentication), so a caller inventing credentials gets fresh buckets; authentication refuses every such request.
/// </summary>
public static class CallerPartition
{
    public const string ApiKeyHeader = "X-Api-Key";
    private const string KeyPrefix = "oms_";

    public static string Of(HttpContext http) => Of(http.Request.Headers, http.Connection.RemoteIpAddress);

    public static string Of(IHeaderDictionary headers, IPAddress? address)
    {
        var authorization = headers[HeaderNames.Authorization].ToString().Trim();
        if (Scheme(authorization, "ApiKey") is { } key && KeyId(key) is { } id) return "key:" + id;
        if (headers[ApiKeyHeader].ToString().Trim() is { Length: > 0 } header && KeyId(header) is { } headerId) return "key:" + headerId;
        if (Scheme(authorization, "Bearer") is { Length: > 0 } token) return "token:" + TokenHash(token);
        return "ip:" + Address(address);
    }

    /// <summary>The sign-in bucket: one address trying one user name (case and surrounding blanks ignored).</summary>
    public static string SignIn(IPAddress? address, string? userName)
        => $"sign-in:{Address(address)}|{userName?.Trim().ToLowerInvariant() ?? ""}";

    /// <summary>The <c>&lt;keyid&gt;</c> of <c>oms_&lt;keyid&gt;_&lt;secret&gt;</c>; null for anything else.</summary>
    public static string? KeyId(string key)
    {
        if (!key.StartsWith(KeyPrefix, StringComparison.Ordinal)) return null;
        var end = key.IndexOf('_', KeyPrefix.Length);
        if (end <= KeyPrefix.Length || end == key.Length - 1) return null;
        var id = key[KeyPrefix.Length..end];
        // A key id is short and plain; anything else is not a key of ours and must not grow the log or the bucket table.
        return id.Length <= 64 && id.All(char.IsAsciiLetterOrDigit) ? id : null;
    }

    /// <summary>The first 16 hex digits of the token's SHA-256: tells tokens apart without keeping one.</summary>
    public static string TokenHash(string token)
        => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)))[..16];

    private static string? Scheme(string authorization, string scheme)
        => authorization.Length > scheme.Length && authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)
            && authorization[scheme.Length] == ' ' ? authorization[(scheme.Length + 1)..].Trim() : null;

    private static string Address(IPAddress? address)
        => address is null ? "unknown" : (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();
}
