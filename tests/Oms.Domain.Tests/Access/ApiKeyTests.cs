using Oms.Domain.Access;

namespace Oms.Domain.Tests.Access;

public sealed class ApiKeyTests
{
    private static ApiKey Key(string secret, DateTime? expires = null)
        => new(Guid.NewGuid(), "abc123", "web", ["channel"], "web", [], false, ApiKey.Hash(secret), new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc),
            "admin:eva", expires);

    [Fact]
    public void A_new_key_parses_back_into_its_id_and_secret_and_only_its_own_secret_matches()
    {
        var (id, secret) = ApiKey.NewSecret();
        Assert.True(ApiKey.TryParse(ApiKey.Format(id, secret), out var parsedId, out var parsedSecret));
        Assert.Equal((id, secret), (parsedId, parsedSecret));
        var key = Key(secret);
        Assert.True(key.Matches(secret));
        Assert.False(key.Matches(secret + "x"));
        Assert.False(key.Matches(""));
        Assert.NotEqual(ApiKey.NewSecret().Secret, secret);
    }

    [Theory]
    [InlineData("abc123_secret")]
    [InlineData("oms_")]
    [InlineData("oms__secret")]
    [InlineData("oms_abc123_")]
    [InlineData("Bearer oms_abc123_secret")]
    public void Anything_not_shaped_like_a_key_is_not_parsed(string presented)
        => Assert.False(ApiKey.TryParse(presented, out _, out _));

    [Fact]
    public void A_revoked_or_expired_key_is_not_usable_and_revoking_twice_keeps_the_first_revocation()
    {
        var now = new DateTime(2026, 12, 2, 0, 0, 0, DateTimeKind.Utc);
        Assert.False(Key("s", expires: now.AddSeconds(-1)).IsUsable(now));
        var key = Key("s");
        Assert.True(key.IsUsable(now));
        key.Revoke(now, "admin:eva");
        key.Revoke(now.AddHours(1), "admin:bob");
        Assert.Equal((false, now, "admin:eva"), (key.IsUsable(now), key.RevokedAt, key.RevokedBy));
    }

    [Fact]
    public void A_role_refuses_a_permission_that_does_not_exist()
    {
        var e = Assert.Throws<Common.BusinessRuleException>(() => new Role("desk", "", "desk", ["orders.read", "orders.teleport"], false, false,
            DateTime.UtcNow, "admin:eva"));
        Assert.Contains("orders.teleport", e.Message, StringComparison.Ordinal);
    }
}
