using System.Text.Json;
using Microsoft.AspNetCore.RateLimiting;

namespace Oms.Server.Web.Hardening;

/// <summary>
/// For endpoints under the <see cref="RateLimitPolicies.SignIn"/> policy: reads the submitted user name (<c>userName</c>, else
/// <c>email</c>, of a small JSON body) before the limiter runs, so that the sign-in bucket is per address and user name. The
/// body is buffered and rewound for the endpoint; nothing of it (the password least of all) is kept or logged.
/// </summary>
internal sealed class SignInName(RequestDelegate next)
{
    private const int MaxBytes = 16 * 1024;
    private static readonly object ItemKey = new();

    public async Task InvokeAsync(HttpContext http)
    {
        if (http.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == RateLimitPolicies.SignIn
            && http.Request.HasJsonContentType() && http.Request.ContentLength is null or <= MaxBytes)
        {
            http.Request.EnableBuffering();
            var buffer = new byte[MaxBytes];
            var read = 0;
            int n;
            while (read < MaxBytes && (n = await http.Request.Body.ReadAsync(buffer.AsMemory(read), http.RequestAborted)) > 0) read += n;
            http.Request.Body.Position = 0;
            http.Items[ItemKey] = Find(buffer.AsSpan(0, read));
        }
        await next(http);
    }

    /// <summary>The partition key of the sign-in policy.</summary>
    public static string Partition(HttpContext http)
        => CallerPartition.SignIn(http.Connection.RemoteIpAddress, http.Items.TryGetValue(ItemKey, out var name) ? name as string : null);

    /// <summary>The top-level <c>userName</c> (else <c>email</c>) string of a JSON object; null when absent or not JSON.</summary>
    public static string? Find(ReadOnlySpan<byte> json)
    {
        string? userName = null, email = null;
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 8 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isUser = reader.ValueTextEquals("userName") || reader.ValueTextEquals("username");
                var isEmail = reader.ValueTextEquals("email");
                if (!reader.Read()) break;
                if (reader.TokenType == JsonTokenType.String && (isUser || isEmail))
                {
                    if (isUser) userName ??= reader.GetString();
                    else email ??= reader.GetString();
                }
                else reader.TrySkip();
            }
        }
        catch (JsonException)
        {
            // A cut-off or malformed body: whatever was found before the fault still names the account tried.
        }
        catch (InvalidOperationException)
        {
            // An escaped string that is not valid text: no name.
        }
        var found = userName ?? email;
        return found is { Length: > 0 and <= 256 } ? found : null;
    }
}
