using Microsoft.Net.Http.Headers;

namespace Oms.Server.Web.Hardening;

/// <summary>
/// The headers a browser needs to treat the API safely, on every response (problems included: they are set as the response
/// starts, after an error handler has cleared what came before). JSON gets a policy that allows nothing to load or frame it;
/// the API reference page (<c>/api-docs</c>) gets one that lets its own script, styles and fonts run. <c>/api</c> answers
/// carry orders and customers, so no cache keeps them. HSTS only over HTTPS, where a browser honours it.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    public const string DocsPath = "/api-docs";

    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /// <summary>Scalar's page: its bundled script and inline configuration, inline styles, fonts, images; calls to this origin.</summary>
    public const string DocsPolicy = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline' https:; "
        + "font-src 'self' data: https:; img-src 'self' data: https:; connect-src 'self'; worker-src 'self' blob:; "
        + "frame-ancestors 'none'; base-uri 'self'; form-action 'none'";

    /// <summary>
    /// The console's pages (<c>/console</c>, <c>/track</c>): their own scripts (Blazor's connection back to this origin),
    /// MudBlazor's inline styles; nothing from elsewhere.
    /// </summary>
    public const string ConsolePolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    private static readonly Func<object, Task> Apply = state =>
    {
        var http = (HttpContext)state;
        var headers = http.Response.Headers;
        headers[HeaderNames.XContentTypeOptions] = "nosniff";
        headers[HeaderNames.XFrameOptions] = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        var path = http.Request.Path;
        headers[HeaderNames.ContentSecurityPolicy] = path.StartsWithSegments(DocsPath) ? DocsPolicy
            : path.StartsWithSegments("/console") || path.StartsWithSegments("/track") ? ConsolePolicy : ApiPolicy;
        if (http.Request.Path.StartsWithSegments("/api") && !headers.ContainsKey(HeaderNames.CacheControl))
            headers[HeaderNames.CacheControl] = "no-store";
        if (http.Request.IsHttps) headers[HeaderNames.StrictTransportSecurity] = "max-age=31536000; includeSubDomains";
        headers.Remove(HeaderNames.Server);
        return Task.CompletedTask;
    };

    public Task InvokeAsync(HttpContext http)
    {
        http.Response.OnStarting(Apply, http);
        return next(http);
    }
}
