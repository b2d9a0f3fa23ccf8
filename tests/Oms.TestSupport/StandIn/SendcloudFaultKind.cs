namespace Oms.TestSupport.StandIn;

/// <summary>The kinds of <see cref="SendcloudFault"/>.</summary>
public enum SendcloudFaultKind
{
    ServerError,
    Unreadable,
    RateLimited,
    Slow,
    Refused,
}
