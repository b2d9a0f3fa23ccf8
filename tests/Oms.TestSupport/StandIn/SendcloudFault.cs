namespace Oms.TestSupport.StandIn;

/// <summary>What the Sendcloud stand-in does to the next request instead of (or before) answering it normally.</summary>
public sealed record SendcloudFault(SendcloudFaultKind Kind, TimeSpan Delay = default, string? Message = null)
{
    /// <summary>HTTP 400 with Sendcloud's error body (v2 or v3, by the path) and <paramref name="message"/>: a request
    /// Sendcloud will never accept (an address it cannot validate, a carrier that does not serve it).</summary>
    public static SendcloudFault Refused(string message) => new(SendcloudFaultKind.Refused, Message: message);

    /// <summary>HTTP 500 with Sendcloud's v2 error body.</summary>
    public static SendcloudFault ServerError { get; } = new(SendcloudFaultKind.ServerError);

    /// <summary>HTTP 503 with an HTML page, as a load balancer in front of Sendcloud answers.</summary>
    public static SendcloudFault Unreadable { get; } = new(SendcloudFaultKind.Unreadable);

    /// <summary>HTTP 429 with <c>Retry-After</c> in whole seconds.</summary>
    public static SendcloudFault RateLimited(TimeSpan retryAfter) => new(SendcloudFaultKind.RateLimited, retryAfter);

    /// <summary>Answers normally after the delay, the operation carried out (as a slow Sendcloud would).</summary>
    public static SendcloudFault Slow(TimeSpan delay) => new(SendcloudFaultKind.Slow, delay);
}
