using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Net.Http.Headers;

namespace Oms.Server.Web.Hardening;

/// <summary>The refusals of the hardening layer, as RFC 9457 problems written the way <see cref="ProblemMapping"/> writes them.</summary>
internal static partial class HardeningProblems
{
    /// <summary>429 with <c>Retry-After</c> in whole seconds (at least one), from the limiter's own estimate.</summary>
    public static async ValueTask TooManyRequestsAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var http = rejected.HttpContext;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 1;
        http.Response.Headers[HeaderNames.RetryAfter] = seconds.ToString(CultureInfo.InvariantCulture);
        var signIn = http.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == RateLimitPolicies.SignIn;
        var caller = signIn ? "sign-in" : CallerPartition.Of(http);
        var log = Logger(http);
        LogRejected(log, caller, http.Request.Method, http.Request.Path.Value ?? "/", seconds);
        var detail = signIn
            ? $"Too many sign-in attempts for this user name from this address. Wait {seconds} seconds before trying again."
            : $"This caller sent more requests than it may in a short time. Wait {seconds} seconds (Retry-After) and send again; "
              + "a client that sends in bulk should spread its requests or send fewer, larger ones.";
        await WriteAsync(http, ProblemMapping.Problem(StatusCodes.Status429TooManyRequests, "Too many requests", detail, "rate-limited"));
    }

    public static Task TooLargeAsync(HttpContext http, long limit)
        => WriteAsync(http, ProblemMapping.Problem(StatusCodes.Status413PayloadTooLarge, "Request body too large",
            $"The request body is larger than the {Size(limit)} this operation accepts; send less in one request.", "body-too-large"));

    private static async Task WriteAsync(HttpContext http, Microsoft.AspNetCore.Mvc.ProblemDetails problem)
    {
        http.Response.StatusCode = problem.Status!.Value;
        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem });
    }

    internal static string Size(long bytes) => bytes % (1024 * 1024) == 0 ? $"{bytes / (1024 * 1024)} MB"
        : bytes % 1024 == 0 ? $"{bytes / 1024} KB" : $"{bytes} bytes";

    private static ILogger Logger(HttpContext http)
        => http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Oms.Server.Web.Hardening.RateLimits");

    // The caller is a partition key: a key id, a token's hash prefix or an address, never a secret.
    [LoggerMessage(Level = LogLevel.Information, Message = "Rate limit reached by {Caller} on {Method} {Path}; retry after {Seconds} s")]
    private static partial void LogRejected(ILogger logger, string caller, string method, string path, int seconds);
}
