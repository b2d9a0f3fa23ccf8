using System.Net;
using System.Text;
using Oms.Server.Tests.Infrastructure;

namespace Oms.Server.Tests;

/// <summary>
/// What an internet-facing API owes its callers, over Kestrel with low limits: a caller over its limit gets 429 problem+json
/// with Retry-After while others are served; CORS only for the configured origin; security headers on answers, problems and
/// bugs alike; 413 for a JSON body over the limit while an upload may be large; no credential in the log. Each test calls with
/// its own API key, so that each counts in its own bucket.
/// </summary>
public abstract class HardeningTests(HardeningFixture fx)
{
    private HttpClient Http => fx.Api.Http;

    [Fact]
    public async Task A_key_over_its_limit_gets_429_problem_with_retry_after_while_another_key_is_served()
    {
        for (var i = 0; i < HardeningFixture.Burst; i++)
            Assert.Equal(HttpStatusCode.OK, (await Send(HttpMethod.Get, "/api/orders?limit=1", Key("busy"))).StatusCode);

        var refused = await Send(HttpMethod.Get, "/api/orders?limit=1", Key("busy"));

        var problem = await OmsClient.ProblemAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.Equal("rate-limited", problem.GetProperty("code").GetString());
        Assert.Equal("Too many requests", problem.GetProperty("title").GetString());
        var retryAfter = Assert.Single(refused.Headers.GetValues("Retry-After"));
        Assert.InRange(int.Parse(retryAfter, System.Globalization.CultureInfo.InvariantCulture), 1, 100);
        Assert.Equal("nosniff", Assert.Single(refused.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal(HttpStatusCode.OK, (await Send(HttpMethod.Get, "/api/orders?limit=1", Key("quiet"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK,
            (await Send(HttpMethod.Get, "/api/orders?limit=1", ("Authorization", "ApiKey oms_quiet2_s3cret"))).StatusCode);
    }

    [Fact]
    public async Task The_key_is_counted_by_its_id_whatever_its_secret_and_header()
    {
        for (var i = 0; i < HardeningFixture.Burst; i++)
        {
            var header = i % 2 == 0 ? ("X-Api-Key", $"oms_rotating_secret{i}") : ("Authorization", $"ApiKey oms_rotating_other{i}");
            Assert.Equal(HttpStatusCode.OK, (await Send(HttpMethod.Get, "/api/orders?limit=1", header)).StatusCode);
        }

        var refused = await Send(HttpMethod.Get, "/api/orders?limit=1", ("X-Api-Key", "oms_rotating_yetanother"));

        await OmsClient.ProblemAsync(refused, HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Bearer_tokens_are_counted_apart()
    {
        for (var i = 0; i < HardeningFixture.Burst; i++)
            Assert.Equal(HttpStatusCode.OK, (await Send(HttpMethod.Get, Orders, ("Authorization", "Bearer token-one"))).StatusCode);

        await OmsClient.ProblemAsync(await Send(HttpMethod.Get, "/api/orders?limit=1", ("Authorization", "Bearer token-one")),
            HttpStatusCode.TooManyRequests);
        Assert.Equal(HttpStatusCode.OK, (await Send(HttpMethod.Get, Orders, ("Authorization", "Bearer token-two"))).StatusCode);
    }

    [Fact]
    public async Task A_preflight_from_the_configured_origin_is_allowed_with_the_oms_headers()
    {
        var response = await Preflight(HardeningFixture.AllowedOrigin, Key("cors-ok"));

        Assert.Equal(HardeningFixture.AllowedOrigin, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Equal("true", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Credentials")));
        var allowed = string.Join(',', response.Headers.GetValues("Access-Control-Allow-Headers"));
        foreach (var header in new[] { "Authorization", "Idempotency-Key", "X-Actor", "X-Api-Key" })
            Assert.Contains(header, allowed, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_preflight_from_another_origin_gets_no_cors_headers()
    {
        var response = await Preflight("https://evil.example.net", Key("cors-no"));

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task Answers_problems_and_bugs_carry_the_security_headers_and_no_server_header()
    {
        var ok = await Send(HttpMethod.Get, "/api/orders?limit=1", Key("headers"));
        var missing = await Send(HttpMethod.Get, "/api/orders/NO-SUCH-ORDER", Key("headers"));
        var bug = await Send(HttpMethod.Get, HardeningFixture.FailingRoute, Key("headers"));

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        await OmsClient.ProblemAsync(missing, HttpStatusCode.NotFound);
        await OmsClient.ProblemAsync(bug, HttpStatusCode.InternalServerError);
        foreach (var response in new[] { ok, missing, bug })
        {
            Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
            Assert.Equal("DENY", Header(response, "X-Frame-Options"));
            Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
            Assert.Contains("default-src 'none'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
            Assert.False(response.Headers.Contains("Server"));
            Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        }
        Assert.True(ok.Headers.CacheControl?.NoStore);
        Assert.True(missing.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task A_json_body_over_the_limit_is_refused_with_413_problem()
    {
        var padded = "{\"channel\":\"WEB\"" + new string(' ', 1100 * 1024) + "}";

        var response = await Send(HttpMethod.Post, "/api/orders", Key("big-json"), json: padded);

        var problem = await OmsClient.ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("body-too-large", problem.GetProperty("code").GetString());
        Assert.Contains("1 MB", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chunked_json_body_over_the_limit_is_refused_with_413_problem()
    {
        var padded = "{\"channel\":\"WEB\"" + new string(' ', 1100 * 1024) + "}";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/orders")
        {
            Content = new StreamContent(new UnknownLengthStream(Encoding.UTF8.GetBytes(padded))),
        };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add("X-Api-Key", Key("big-chunked").Value);

        var response = await Http.SendAsync(request);

        await OmsClient.ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_stock_snapshot_upload_may_be_larger_than_a_json_command()
    {
        var padded = "{\"items\":[{\"sku\":\"SKU-0001\",\"onHand\":7}]" + new string(' ', 3 * 1024 * 1024)
            + ",\"reason\":\"weekly count\"}";

        var response = await Send(HttpMethod.Put, "/api/locations/STORE-AMS/stock", Key("upload"), json: padded);

        Assert.True(response.StatusCode == HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task No_credential_cookie_or_password_reaches_the_log()
    {
        const string token = "tok-9f8e7d6c5b4a", keySecret = "ks-1a2b3c4d5e", cookie = "ck-0a9b8c7d6e", password = "pw-Tr0ub4dor&3";
        (string, string)[] secrets =
        [
            ("Authorization", $"Bearer {token}"), ("X-Api-Key", $"oms_logged_{keySecret}"), ("Cookie", $"session={cookie}"),
        ];

        await OmsClient.ProblemAsync(await Send(HttpMethod.Get, HardeningFixture.FailingRoute, secrets),
            HttpStatusCode.InternalServerError);
        await OmsClient.ProblemAsync(await Send(HttpMethod.Post, "/api/orders", secrets,
            json: $$"""{"userName":"anna","password":"{{password}}","channel":12}"""), HttpStatusCode.BadRequest);
        for (var i = 0; i < HardeningFixture.Burst; i++) await Send(HttpMethod.Get, "/api/orders?limit=1", secrets);
        await OmsClient.ProblemAsync(await Send(HttpMethod.Get, "/api/orders?limit=1", secrets), HttpStatusCode.TooManyRequests);

        Assert.Contains(fx.Log.Entries, e => e.Exception is InvalidOperationException);
        Assert.Contains(fx.Log.Entries, e => e.Message.Contains("key:logged", StringComparison.Ordinal));
        foreach (var (category, _, message, exception) in fx.Log.Entries)
            foreach (var secret in new[] { token, keySecret, cookie, password })
            {
                Assert.DoesNotContain(secret, message, StringComparison.Ordinal);
                Assert.DoesNotContain(secret, exception?.ToString() ?? "", StringComparison.Ordinal);
                Assert.DoesNotContain(secret, category, StringComparison.Ordinal);
            }
    }

    private const string Orders = "/api/orders?limit=1";

    private static (string Name, string Value) Key(string id)
        => ("X-Api-Key", $"oms_{id.Replace("-", "", StringComparison.Ordinal)}_s3cret");

    private static string Header(HttpResponseMessage response, string name) => string.Join(',', response.Headers.GetValues(name));

    private Task<HttpResponseMessage> Send(HttpMethod method, string url, (string Name, string Value) header, string? json = null)
        => Send(method, url, [header], json);

    private async Task<HttpResponseMessage> Send(HttpMethod method, string url, (string Name, string Value)[] headers, string? json = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        return await Http.SendAsync(request);
    }

    private async Task<HttpResponseMessage> Preflight(string origin, (string Name, string Value) key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/orders");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,idempotency-key,x-actor,x-api-key");
        request.Headers.Add(key.Name, key.Value);
        return await Http.SendAsync(request);
    }

    /// <summary>A body whose length the client does not know, so that it goes out chunked without a Content-Length.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}

public sealed class HardeningTests_Sqlite(HardeningSqliteFixture fx) : HardeningTests(fx), IClassFixture<HardeningSqliteFixture>;

public sealed class HardeningTests_Postgres(HardeningPostgresFixture fx) : HardeningTests(fx), IClassFixture<HardeningPostgresFixture>;
