namespace Oms.Server.Web.Hardening;

/// <summary>
/// <c>Oms:Cors:AllowedOrigins</c>: the browser origins (a console, a store app) allowed to call the API from script. Empty, the
/// default, means no cross-origin access at all: no CORS header is ever sent.
/// </summary>
public sealed class CorsSettings
{
    public const string Section = "Oms:Cors";

    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>The request headers a browser may send: credentials, the body's type, and the OMS's own headers.</summary>
    internal static readonly string[] AllowedHeaders =
        ["Authorization", "Content-Type", "Idempotency-Key", ActorHeader.Name, CallerPartition.ApiKeyHeader];

    internal static readonly string[] AllowedMethods = ["GET", "POST", "PUT", "DELETE"];

    /// <summary>The response headers script may read: where a created resource is, and when to retry after a 429.</summary>
    internal static readonly string[] ExposedHeaders = ["Location", "Retry-After"];

    internal string[] Origins => [.. AllowedOrigins.Where(o => !string.IsNullOrWhiteSpace(o)).Select(o => o.Trim().TrimEnd('/'))];
}
