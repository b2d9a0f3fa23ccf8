namespace Oms.TestSupport.StandIn;

/// <summary>What the Amazon and bol.com stand-ins answer instead of an operation, on demand.</summary>
public enum MarketplaceFault
{
    /// <summary>429 as the channel documents it (Amazon: QuotaExceeded with <c>x-amzn-RateLimit-Limit</c>; bol: <c>Retry-After</c>).</summary>
    RateLimited,

    /// <summary>500 with the channel's error body.</summary>
    ServerError,

    /// <summary>503 with the channel's error body.</summary>
    Unavailable,
}
