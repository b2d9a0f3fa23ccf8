using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Oms.Server.Tests.Infrastructure;

namespace Oms.Server.Tests;

/// <summary>
/// What an internet-facing API owes its callers, over Kestrel with low limits: a caller over its limit gets 429 problem+json
/// with Retry-After while others are served; CORS only for the configured origin; security headers on answers, problems and
/// bugs alike; 413 for a JSON body over the limit while an upload may be large; no credential in the log. Every credential is
/// real (the limiter runs before authentication, so an invented one would be counted and then refused with 401): each test
/// that counts a bucket down makes its own keys through the API or signs in for its own tokens, and the requests that must
/// get through carry the demo administrator's key.
/// </summary>
public abstract class HardeningTests(HardeningFixture fx)
{
    private HttpClient Http => fx.Api.Http;

    [Fact]
    public async Task A_key_over_its_limit_gets_429_problem_with_retry_after_while_another_key_is_served()
    {
        var busy = await NewKey();
        var quiet = await NewKey();
        for (var i = 0; i < HardeningFixture.Burst; i++)
            Assert.Equal(HttpStatusCode.OK, (await Send(HttpMethod.Get, Orders, ("X-Api-Key", busy))).StatusCode);

        var refused = await Send(HttpMethod.Get, Orders, ("X-Api-Key", busy));

        var problem = await OmsClient.ProblemAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.Equal("rate-limited", problem.GetProperty("code").GetString());
        Assert.Equal("Too many requests", problem.GetProperty("title").GetString());
        var retryAfter = Assert.Single(refused.Headers.GetValues("Retry-After"));
        Assert.InRange(int.Parse(retryAfter, System.Globalization.CultureInfo.InvariantCulture), 1, 100);
        Assert.Equal("nosniff", Assert.Single(refused.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal(HttpStatusCode.OK, (await Send(HttpMethod.Get, Orders, ("X-Api-Key", quiet))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Send(HttpMethod.Get, Orders, ("Authorization", $"ApiKey {quiet}"))).StatusCode);
    }

    [Fact]
    public async Task The_key_is_counted_by_its_id_whatever_its_secret_and_header()
    {
        var key = await NewKey();
        var wrongSecret = $"oms_{KeyId(key)}_not-the-secret";
        for (var i = 0; i < HardeningFixture.Burst; i++)
        {
            // Real key in either header, and the same id with a wrong secret (refused by authentication, but counted first).
            var (header, status) = (i % 3) switch
            {
                0 => (("X-Api-Key", key), HttpStatusCode.OK),
                1 => (("Authorization", $"ApiKey {key}"), HttpStatusCode.OK),
                _ => (("X-Api-Key", wrongSecret), HttpStatusCode.Unauthorized),
            };
            Assert.Equal(status, (await Send(HttpMethod.Get, Orders, header)).StatusCode);
        }

        var refused = await Send(HttpMethod.Get, Orders, ("X-Api-Key", key));

        await OmsClient.ProblemAsync(refused, HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Bearer_tokens_are_counted_apart()
    {
        var anna = await SignInAsync("anna");
        var olga = await SignInAsync("olga");
        for (var i = 0; i < HardeningFixture.Burst; i++)
            Assert.Equal(HttpStatusCode.OK, (await Send(HttpMethod.Get, Orders, ("Authorization", $"Bearer {anna}"))).StatusCode);

        await OmsClient.ProblemAsync(await Send(HttpMethod.Get, Orders, ("Authorization", $"Bearer {anna}")),
            HttpStatusCode.TooManyRequests);
        Assert.Equal(HttpStatusCode.OK, (await Send(HttpMethod.Get, Orders, ("Authorization", $"Bearer {olga}"))).StatusCode);
    }

    [Fact]
    public async Task Sign_in_attempts_for_one_user_name_from_one_address_get_429_while_another_name_is_answered()
    {
        // A name nobody holds (answered 401 like a wrong password): wrong passwords for a real account would lock it.
        const string tried = "nobody-hardening";
        using var anonymous = fx.AnonymousClient();
        for (var i = 0; i < HardeningFixture.SignInPerMinute; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAttempt(anonymous, tried)).StatusCode);

        var refused = await SignInAttempt(anonymous, tried);

        var problem = await OmsClient.ProblemAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.Equal("rate-limited", problem.GetProperty("code").GetString());
        var retryAfter = Assert.Single(refused.Headers.GetValues("Retry-After"));
        Assert.InRange(int.Parse(retryAfter, System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        // The same name in other case and with blanks is the same bucket; another name from the same address is answered.
        await OmsClient.ProblemAsync(await SignInAttempt(anonymous, " Nobody-HARDENING "), HttpStatusCode.TooManyRequests);
        await OmsClient.ProblemAsync(await SignInAttempt(anonymous, "anna"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_preflight_from_the_configured_origin_is_allowed_with_the_oms_headers()
    {
        var response = await Preflight(HardeningFixture.AllowedOrigin);

        Assert.Equal(HardeningFixture.AllowedOrigin, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Equal("true", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Credentials")));
        var allowed = string.Join(',', response.Headers.GetValues("Access-Control-Allow-Headers"));
        foreach (var header in new[] { "Authorization", "Idempotency-Key", "X-Actor", "X-Api-Key" })
            Assert.Contains(header, allowed, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_preflight_from_another_origin_gets_no_cors_headers()
    {
        var response = await Preflight("https://evil.example.net");

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task Answers_problems_and_bugs_carry_the_security_headers_and_no_server_header()
    {
        var ok = await Send(HttpMethod.Get, Orders, Admin);
        var missing = await Send(HttpMethod.Get, "/api/orders/NO-SUCH-ORDER", Admin);
        var bug = await Send(HttpMethod.Get, HardeningFixture.FailingRoute, Admin);

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

        var response = await Send(HttpMethod.Post, "/api/orders", Admin, json: padded);

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
        request.Headers.Add("X-Api-Key", fx.AdminKey);

        var response = await Http.SendAsync(request);

        await OmsClient.ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_stock_snapshot_upload_may_be_larger_than_a_json_command()
    {
        var padded = "{\"items\":[{\"sku\":\"SKU-0001\",\"onHand\":7}]" + new string(' ', 3 * 1024 * 1024)
            + ",\"reason\":\"weekly count\"}";

        var response = await Send(HttpMethod.Put, "/api/locations/STORE-AMS/stock", Admin, json: padded);

        Assert.True(response.StatusCode == HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task No_credential_cookie_or_password_reaches_the_log()
    {
        const string cookie = "ck-0a9b8c7d6e", password = "pw-Tr0ub4dor&3";
        var token = await SignInAsync("anna");
        var key = await NewKey();
        var keySecret = key[(key.IndexOf('_', 4) + 1)..];
        (string, string)[] secrets = [("Authorization", $"Bearer {token}"), ("X-Api-Key", key), ("Cookie", $"session={cookie}")];

        await OmsClient.ProblemAsync(await Send(HttpMethod.Get, HardeningFixture.FailingRoute, secrets),
            HttpStatusCode.InternalServerError);
        await OmsClient.ProblemAsync(await Send(HttpMethod.Post, "/api/orders", secrets,
            json: $$"""{"userName":"anna","password":"{{password}}","channel":12}"""), HttpStatusCode.BadRequest);
        for (var i = 0; i < HardeningFixture.Burst; i++) await Send(HttpMethod.Get, Orders, secrets);
        await OmsClient.ProblemAsync(await Send(HttpMethod.Get, Orders, secrets), HttpStatusCode.TooManyRequests);

        Assert.Contains(fx.Log.Entries, e => e.Exception is InvalidOperationException);
        Assert.Contains(fx.Log.Entries, e => e.Message.Contains($"key:{KeyId(key)}", StringComparison.Ordinal));
        foreach (var (category, _, message, exception) in fx.Log.Entries)
            foreach (var secret in new[] { token, keySecret, cookie, password })
            {
                Assert.DoesNotContain(secret, message, StringComparison.Ordinal);
                Assert.DoesNotContain(secret, exception?.ToString() ?? "", StringComparison.Ordinal);
                Assert.DoesNotContain(secret, category, StringComparison.Ordinal);
            }
    }

    private const string Orders = "/api/orders?limit=1";

    private (string Name, string Value) Admin => ("X-Api-Key", fx.AdminKey);

    /// <summary>A real key with the admin role, made through the API (with the administrator's key): a bucket of its own.</summary>
    private Task<string> NewKey() => fx.Credentials.KeyForRoleAsync("admin", []);

    private static string KeyId(string key) => key.Split('_')[1];

    /// <summary>A bearer token of the demo user, signed in without any credential (so counted by address, not by a key).</summary>
    private async Task<string> SignInAsync(string user)
    {
        using var anonymous = fx.AnonymousClient();
        var response = await anonymous.PostAsJsonAsync("/api/auth/sign-in", new { userName = user, password = $"{user}-demo-pass" });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement.GetProperty("accessToken").GetString()!;
    }

    private static Task<HttpResponseMessage> SignInAttempt(HttpClient anonymous, string user)
        => anonymous.PostAsJsonAsync("/api/auth/sign-in", new { userName = user, password = "wrong-password-x" });

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

    /// <summary>A browser's preflight carries no credential.</summary>
    private async Task<HttpResponseMessage> Preflight(string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/orders");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,idempotency-key,x-actor,x-api-key");
        using var anonymous = fx.AnonymousClient();
        return await anonymous.SendAsync(request);
    }

    /// <summary>A body whose length the client does not know, so that it goes out chunked without a Content-Length.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}

public sealed class HardeningTests_Sqlite(HardeningSqliteFixture fx) : HardeningTests(fx), IClassFixture<HardeningSqliteFixture>;

public sealed class HardeningTests_Postgres(HardeningPostgresFixture fx) : HardeningTests(fx), IClassFixture<HardeningPostgresFixture>;
