using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Oms.Server.Features.Access;
using Oms.Server.Tests.Infrastructure;

namespace Oms.Server.Tests.Access;

/// <summary>People sign in (bearer token or cookie), are locked out after wrong passwords, and lose access when changed; keys are revoked at once.</summary>
public abstract class SignInTests(OmsFixture fx)
{
    private OmsClient Api => fx.Api;

    private async Task<HttpResponseMessage> SignInAsync(HttpClient http, string user, string password, bool cookie = false)
        => await http.PostAsJsonAsync($"/api/auth/sign-in{(cookie ? "?useCookie=true" : "")}", new { userName = user, password });

    private static async Task<MeResponse> MeAsync(HttpClient http, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me");
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<MeResponse>(OmsClient.Json))!;
    }

    private async Task CreateUserAsync(string name, string role, params string[] stores)
        => await Api.ExpectAsync<UserResponse>(await Api.PostAsync("/api/users",
            new { userName = name, password = $"{name}-password-1", roles = new[] { role }, stores }), HttpStatusCode.Created);

    [Fact]
    public async Task A_demo_user_signs_in_for_a_token_that_acts_as_them_and_a_wrong_password_is_a_401_problem()
    {
        using var http = fx.AnonymousClient();
        var signIn = await SignInAsync(http, "anna", "anna-demo-pass");
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        var token = JsonDocument.Parse(await signIn.Content.ReadAsStringAsync()).RootElement.GetProperty("accessToken").GetString();
        var me = await MeAsync(http, token);
        Assert.Equal(("agent:anna", "agent"), (me.Actor, me.Roles.Single()));
        Assert.Contains("orders.cancel", me.Permissions);
        Assert.DoesNotContain("rules.write", me.Permissions);

        var wrong = await OmsClient.ProblemAsync(await SignInAsync(http, "anna", "not-her-password"), HttpStatusCode.Unauthorized);
        var unknown = await OmsClient.ProblemAsync(await SignInAsync(http, "nobody-at-all", "not-her-password"), HttpStatusCode.Unauthorized);
        Assert.Equal(wrong.GetProperty("detail").GetString(), unknown.GetProperty("detail").GetString());
        await OmsClient.ProblemAsync(await http.GetAsync("/api/orders"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_console_signs_in_with_a_cookie_and_signs_out()
    {
        using var http = fx.AnonymousClientWithCookies();
        Assert.Equal(HttpStatusCode.NoContent, (await SignInAsync(http, "olga", "olga-demo-pass", cookie: true)).StatusCode);
        Assert.Equal("ops:olga", (await MeAsync(http)).Actor);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/exception-queue")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await http.PostAsync("/api/auth/sign-out", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task The_sixth_wrong_password_locks_the_account_until_an_administrator_unlocks_it()
    {
        await CreateUserAsync("lena", "agent");
        using var http = fx.AnonymousClient();
        for (var i = 1; i <= 5; i++) await OmsClient.ProblemAsync(await SignInAsync(http, "lena", $"guess-number-{i}"), HttpStatusCode.Unauthorized);
        var afterFive = await Api.ExpectAsync<UserResponse>(await Api.SendAsync(HttpMethod.Get, "/api/users/lena"), HttpStatusCode.OK);
        Assert.Equal((false, 5), (afterFive.LockedOut, afterFive.FailedSignIns));

        var sixth = await OmsClient.ProblemAsync(await SignInAsync(http, "lena", "guess-number-6"), HttpStatusCode.Unauthorized);
        Assert.Equal("locked-out", sixth.GetProperty("code").GetString());
        var locked = await OmsClient.ProblemAsync(await SignInAsync(http, "lena", "lena-password-1"), HttpStatusCode.Unauthorized);
        Assert.Equal("locked-out", locked.GetProperty("code").GetString());
        Assert.True((await Api.ExpectAsync<UserResponse>(await Api.SendAsync(HttpMethod.Get, "/api/users/lena"), HttpStatusCode.OK)).LockedOut);

        await Api.ExpectAsync<UserResponse>(await Api.PostAsync("/api/users/lena/unlock"), HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(http, "lena", "lena-password-1")).StatusCode);
    }

    [Fact]
    public async Task Changing_a_users_roles_or_disabling_them_ends_their_tokens_at_once()
    {
        await CreateUserAsync("mila", "operations");
        using var http = fx.AnonymousClient();
        var token = JsonDocument.Parse(await (await SignInAsync(http, "mila", "mila-password-1")).Content.ReadAsStringAsync())
            .RootElement.GetProperty("accessToken").GetString();
        Assert.Equal("ops:mila", (await MeAsync(http, token)).Actor);

        await Api.ExpectAsync<UserResponse>(await Api.SendAsync(HttpMethod.Put, "/api/users/mila", new { roles = new[] { "analyst" }, disabled = true }),
            HttpStatusCode.OK);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        await OmsClient.ProblemAsync(await http.SendAsync(request), HttpStatusCode.Unauthorized);
        await OmsClient.ProblemAsync(await SignInAsync(http, "mila", "mila-password-1"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_key_is_shown_once_stored_hashed_used_with_its_last_use_recorded_and_fails_as_soon_as_it_is_revoked()
    {
        var created = await Api.ExpectAsync<CreatedApiKeyResponse>(await Api.PostAsync("/api/api-keys",
            new { name = "shop-sync", roles = new[] { "channel" }, channel = "web" }), HttpStatusCode.Created);
        using var http = fx.AnonymousClient();
        http.DefaultRequestHeaders.Add("X-Api-Key", created.Key);
        Assert.Equal("channel:shop-sync", (await MeAsync(http)).Actor);
        var listed = await Api.ExpectAsync<ApiKeyResponse>(await Api.SendAsync(HttpMethod.Get, $"/api/api-keys/{created.ApiKey.Id}"), HttpStatusCode.OK);
        Assert.NotNull(listed.LastUsedAt);
        Assert.DoesNotContain(created.Key.Split('_')[^1], await (await Api.SendAsync(HttpMethod.Get, "/api/api-keys?limit=200")).Content.ReadAsStringAsync(),
            StringComparison.Ordinal);

        // A wrong secret for a real key id is refused like an unknown key.
        using var forged = fx.AnonymousClient();
        forged.DefaultRequestHeaders.Add("X-Api-Key", $"oms_{created.ApiKey.KeyId}_not-the-secret");
        await OmsClient.ProblemAsync(await forged.GetAsync("/api/auth/me"), HttpStatusCode.Unauthorized);

        var revoked = await Api.ExpectAsync<ApiKeyResponse>(await Api.PostAsync($"/api/api-keys/{created.ApiKey.Id}/revoke"), HttpStatusCode.OK);
        Assert.NotNull(revoked.RevokedAt);
        await OmsClient.ProblemAsync(await http.GetAsync("/api/auth/me"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_role_is_data_a_new_one_grants_what_it_lists_and_an_unknown_permission_is_refused()
    {
        await Api.ExpectAsync<RoleResponse>(await Api.SendAsync(HttpMethod.Put, "/api/roles/returns-desk",
            new { description = "Reads orders only", actorKind = "desk", permissions = new[] { "orders.read" } }), HttpStatusCode.Created);
        var key = await fx.Credentials.KeyForRoleAsync("returns-desk", []);
        using var http = fx.AnonymousClient();
        http.DefaultRequestHeaders.Add("X-Api-Key", key);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/orders")).StatusCode);
        var refused = await OmsClient.ProblemAsync(await http.PostAsJsonAsync("/api/orders/NO-SUCH/cancel", new { reason = "x" }), HttpStatusCode.Forbidden);
        Assert.Contains("orders.cancel", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var bad = await OmsClient.ProblemAsync(await Api.SendAsync(HttpMethod.Put, "/api/roles/returns-desk",
            new { permissions = new[] { "orders.read", "orders.teleport" } }), HttpStatusCode.BadRequest);
        Assert.Contains(bad.GetProperty("errors").EnumerateObject(), e => e.Name.StartsWith("permissions", StringComparison.Ordinal));
    }
}

public sealed class SignInTests_Sqlite(SqliteFixture fx) : SignInTests(fx), IClassFixture<SqliteFixture>;

public sealed class SignInTests_Postgres(PostgresFixture fx) : SignInTests(fx), IClassFixture<PostgresFixture>;
