using System.Net;
using System.Text.RegularExpressions;
using Oms.Server.Tests.Infrastructure;
using Oms.Server.Web.Hardening;

namespace Oms.Server.Tests;

/// <summary>The hardening as a retailer gets it without configuring any: no CORS, limits that a busy client does not meet,
/// HSTS over HTTPS only, and an API reference page whose script the content security policy lets run.</summary>
public abstract partial class HardeningDefaultsTests(OmsFixture fx)
{
    [Fact]
    public async Task Without_configured_origins_no_preflight_is_answered_with_cors_headers()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/orders");
        request.Headers.Add("Origin", "https://console.example.com");
        request.Headers.Add("Access-Control-Request-Method", "GET");

        var response = await fx.Api.Http.SendAsync(request);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_burst_of_a_busy_client_is_not_throttled_by_the_default_limits()
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, 150).Select(_ => fx.Api.Http.GetAsync("/api/orders?limit=1")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
    }

    [Fact]
    public async Task Strict_transport_security_is_sent_over_https_only()
    {
        var https = await fx.Api.Http.GetAsync(new Uri("https://localhost/api/orders?limit=1"));
        var http = await fx.Api.Http.GetAsync(new Uri("http://localhost/api/orders?limit=1"));

        Assert.StartsWith("max-age=", string.Join(',', https.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
        Assert.False(http.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task The_api_reference_page_loads_its_script_under_its_content_security_policy()
    {
        var page = await fx.Api.Http.GetAsync("/api-docs");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var csp = string.Join(',', page.Headers.GetValues("Content-Security-Policy"));
        Assert.Equal(SecurityHeaders.DocsPolicy, csp);
        var scripts = ScriptSource().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(scripts);
        foreach (var src in scripts)
        {
            // 'self' covers a relative address; anything absolute would need its host in script-src.
            var elsewhere = Uri.TryCreate(src, UriKind.Absolute, out var absolute)
                && absolute.Scheme.StartsWith("http", StringComparison.Ordinal);
            Assert.False(elsewhere,
                $"The page loads {src}, which the policy does not allow.");
            var script = await fx.Api.Http.GetAsync(new Uri(new Uri(fx.Api.Http.BaseAddress!, "/api-docs/"), src));
            Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        }
    }

    [GeneratedRegex("<script[^>]*\\ssrc=\"([^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptSource();
}

public sealed class HardeningDefaultsTests_Sqlite(DefaultLimitsSqliteFixture fx) : HardeningDefaultsTests(fx), IClassFixture<DefaultLimitsSqliteFixture>;

public sealed class HardeningDefaultsTests_Postgres(DefaultLimitsPostgresFixture fx) : HardeningDefaultsTests(fx), IClassFixture<DefaultLimitsPostgresFixture>;
