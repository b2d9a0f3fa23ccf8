using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Oms.Server.Web.Hardening;

namespace Oms.Server.Tests;

/// <summary>Which bucket a request counts in, and that no bucket name carries a secret.</summary>
public sealed class HardeningPartitionTests
{
    private static readonly IPAddress Till = IPAddress.Parse("10.1.2.3");

    [Theory]
    [InlineData("Authorization", "ApiKey oms_till42_Zx9secret", "key:till42")]
    [InlineData("Authorization", "apikey oms_till42_other", "key:till42")]
    [InlineData("X-Api-Key", "oms_web1_Zx9secret", "key:web1")]
    [InlineData("X-Api-Key", "not-a-key", "ip:10.1.2.3")]
    [InlineData("X-Api-Key", "oms__secret", "ip:10.1.2.3")]
    [InlineData("X-Api-Key", "oms_id_", "ip:10.1.2.3")]
    [InlineData("Authorization", "Basic dXNlcjpwdw==", "ip:10.1.2.3")]
    public void A_request_counts_by_its_key_id_else_its_address(string header, string value, string expected)
    {
        var partition = CallerPartition.Of(Headers((header, value)), Till);

        Assert.Equal(expected, partition);
        Assert.DoesNotContain("secret", partition, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bearer_token_counts_by_the_first_16_hex_of_its_sha256()
    {
        var partition = CallerPartition.Of(Headers(("Authorization", "Bearer eyJhbGciOi.secret.sig")), Till);

        var hash = System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes("eyJhbGciOi.secret.sig"));
        var expected = Convert.ToHexStringLower(hash)[..16];
        Assert.Equal("token:" + expected, partition);
    }

    [Fact]
    public void An_api_key_wins_over_a_bearer_token_and_an_ipv4_mapped_address_counts_as_ipv4()
    {
        Assert.Equal("key:k1", CallerPartition.Of(Headers(("Authorization", "Bearer t"), ("X-Api-Key", "oms_k1_s")), Till));
        Assert.Equal("ip:10.1.2.3", CallerPartition.Of(Headers(), Till.MapToIPv6()));
        Assert.Equal("ip:unknown", CallerPartition.Of(Headers(), null));
    }

    [Fact]
    public void Sign_in_counts_per_address_and_user_name_whatever_its_case()
    {
        Assert.Equal(CallerPartition.SignIn(Till, "Anna@Example.com "), CallerPartition.SignIn(Till, "anna@example.com"));
        Assert.NotEqual(CallerPartition.SignIn(Till, "anna"), CallerPartition.SignIn(Till, "bert"));
        Assert.NotEqual(CallerPartition.SignIn(Till, "anna"), CallerPartition.SignIn(IPAddress.Parse("10.9.9.9"), "anna"));
    }

    [Theory]
    [InlineData("""{"userName":"anna","password":"pw"}""", "anna")]
    [InlineData("""{"password":"pw","email":"anna@example.com"}""", "anna@example.com")]
    [InlineData("""{"nested":{"userName":"x"},"email":"e@x.nl"}""", "e@x.nl")]
    [InlineData("""{"userName":12}""", null)]
    [InlineData("""["userName","anna"]""", null)]
    [InlineData("""{"userName":"anna", "pass""", "anna")]
    [InlineData("not json", null)]
    public void The_sign_in_user_name_is_read_from_the_top_level_of_the_body(string body, string? expected)
        => Assert.Equal(expected, SignInName.Find(Encoding.UTF8.GetBytes(body)));

    [Fact]
    public void A_rate_below_one_per_second_refills_one_token_per_interval()
    {
        var slow = HardeningSetup.Bucket(0.5, 3);
        var fast = HardeningSetup.Bucket(50, 200);

        Assert.Equal((1, TimeSpan.FromSeconds(2), 3), (slow.TokensPerPeriod, slow.ReplenishmentPeriod, slow.TokenLimit));
        Assert.Equal((50, TimeSpan.FromSeconds(1), 200), (fast.TokensPerPeriod, fast.ReplenishmentPeriod, fast.TokenLimit));
    }

    private static HeaderDictionary Headers(params (string Name, string Value)[] headers)
    {
        var dictionary = new HeaderDictionary();
        foreach (var (name, value) in headers) dictionary[name] = value;
        return dictionary;
    }
}
