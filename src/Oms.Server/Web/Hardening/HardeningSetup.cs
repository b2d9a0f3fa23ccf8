using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Oms.Server.Web.Hardening;

/// <summary>
/// What an internet-facing API owes its users, in one place: rate limits per caller and per sign-in, CORS only for configured
/// origins, security headers, request size limits, and no <c>Server</c> header. Settings: <see cref="RateLimitOptions"/>,
/// <see cref="CorsSettings"/>, <see cref="RequestLimitOptions"/>.
/// </summary>
public static class HardeningSetup
{
    private const string CorsPolicy = "oms-cors";

    public static IServiceCollection AddOmsHardening(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        limits.Validate();
        var sizes = configuration.GetSection(RequestLimitOptions.Section).Get<RequestLimitOptions>() ?? new RequestLimitOptions();
        sizes.Validate();
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(sizes));

        services.Configure<KestrelServerOptions>(k =>
        {
            k.AddServerHeader = false;
            // Each request's exact limit is RequestBodyLimit's; Kestrel's is the largest any endpoint accepts.
            k.Limits.MaxRequestBodySize = sizes.MaxUploadBytes;
            // Kestrel's defaults, stated: a credential and the OMS's headers fit many times over.
            k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            k.Limits.MaxRequestHeaderCount = 100;
            k.Limits.MaxRequestLineSize = 8 * 1024;
        });

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = HardeningProblems.TooManyRequestsAsync;
            if (limits.Enabled)
            {
                o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                    RateLimitPartition.GetTokenBucketLimiter(CallerPartition.Of(http), _ => Bucket(limits.PermitsPerSecond, limits.Burst)));
            }
            o.AddPolicy(RateLimitPolicies.SignIn, http => limits.Enabled
                ? RateLimitPartition.GetTokenBucketLimiter(SignInName.Partition(http),
                    _ => Bucket(limits.SignInPerMinute / 60.0, limits.SignInPerMinute))
                : RateLimitPartition.GetNoLimiter(""));
        });

        var origins = (configuration.GetSection(CorsSettings.Section).Get<CorsSettings>() ?? new CorsSettings()).Origins;
        services.AddCors(o =>
        {
            if (origins.Length == 0) return;
            o.AddPolicy(CorsPolicy, p => p.WithOrigins(origins).WithMethods(CorsSettings.AllowedMethods)
                .WithHeaders(CorsSettings.AllowedHeaders).WithExposedHeaders(CorsSettings.ExposedHeaders).AllowCredentials()
                .SetPreflightMaxAge(TimeSpan.FromMinutes(10)));
        });
        return services;
    }

    /// <summary>
    /// After the exception handler and status-code pages (so that their problems carry the headers), before the endpoints.
    /// Routing has run by then (the host routes first), so the middleware sees each endpoint's policy and size metadata.
    /// </summary>
    public static WebApplication UseOmsHardening(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
        if ((app.Configuration.GetSection(CorsSettings.Section).Get<CorsSettings>() ?? new CorsSettings()).Origins.Length > 0)
            app.UseCors(CorsPolicy);
        app.UseMiddleware<SignInName>();
        app.UseRateLimiter();
        app.UseMiddleware<RequestBodyLimit>();
        return app;
    }

    /// <summary>
    /// A token bucket: <paramref name="burst"/> at once, refilled at <paramref name="perSecond"/> (below 1: one token every
    /// 1/rate seconds).
    /// </summary>
    internal static TokenBucketRateLimiterOptions Bucket(double perSecond, int burst) => new()
    {
        TokenLimit = burst,
        TokensPerPeriod = perSecond >= 1 ? (int)Math.Round(perSecond) : 1,
        ReplenishmentPeriod = perSecond >= 1 ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(1 / perSecond),
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
