namespace Oms.TestSupport.StandIn;

/// <summary>
/// What a webshop stand-in (Shopify, WooCommerce) answers to the next request instead of the operation: 429 with
/// <c>Retry-After</c>, 500 with the platform's error body, or 503 with an HTML page from the host in front of it.
/// </summary>
public sealed record ShopFault(int Status, TimeSpan RetryAfter = default)
{
    public static ShopFault RateLimited(TimeSpan retryAfter) => new(429, retryAfter);

    public static ShopFault ServerError { get; } = new(500);

    public static ShopFault Unavailable { get; } = new(503);
}

/// <summary>One request as a webshop stand-in received it.</summary>
public sealed record ShopRequest(string Method, string Path, System.Text.Json.Nodes.JsonNode? Body, int Status);

/// <summary>What the OMS answered to a webhook a stand-in sent.</summary>
public sealed record WebhookReply(System.Net.HttpStatusCode Status, string Body);
