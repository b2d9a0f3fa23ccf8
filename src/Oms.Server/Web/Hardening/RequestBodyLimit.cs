using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Oms.Server.Web.Hardening;

/// <summary>
/// Refuses a body over the endpoint's limit with 413 problem+json: at once when <c>Content-Length</c> says so, else when reading
/// passes the limit. Model binding treats a failed read as an aborted request, so the refusal is written here, after the
/// endpoint gave up, rather than by the exception mapping. Kestrel's own per-request limit is set to the upload limit (at
/// least), so that after a refusal it can read the rest of the body away and the client, still sending, gets the 413 instead
/// of a closed connection; a body beyond that closes the connection.
/// </summary>
internal sealed class RequestBodyLimit(RequestDelegate next, IOptions<RequestLimitOptions> options)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var limit = RequestSizeLimits.For(http.GetEndpoint(), options.Value);
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } server)
            server.MaxRequestBodySize = limit == long.MaxValue ? null : Math.Max(limit, options.Value.MaxUploadBytes);
        if (http.Request.ContentLength > limit)
        {
            await HardeningProblems.TooLargeAsync(http, limit);
            return;
        }
        if (limit == long.MaxValue || !RequestHasBody(http.Request))
        {
            await next(http);
            return;
        }
        var original = http.Request.Body;
        var body = new LimitedBody(original, limit);
        http.Request.Body = body;
        try
        {
            await next(http);
        }
        catch (Exception) when (body.Exceeded && !http.Response.HasStarted)
        {
            // The endpoint (or the server under it) failed because the body was too large: a client mistake, not a bug.
        }
        finally
        {
            http.Request.Body = original;
        }
        if (body.Exceeded && !http.Response.HasStarted)
        {
            http.Response.Clear();
            await HardeningProblems.TooLargeAsync(http, limit);
        }
    }

    private static bool RequestHasBody(HttpRequest request)
        => request.ContentLength > 0 || (request.ContentLength is null && (request.Headers.TransferEncoding.Count > 0
            || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))));
}
