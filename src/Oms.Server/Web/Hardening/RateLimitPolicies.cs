namespace Oms.Server.Web.Hardening;

/// <summary>Named rate-limiting policies an endpoint opts into with <c>.RequireRateLimiting(RateLimitPolicies.SignIn)</c>.</summary>
public static class RateLimitPolicies
{
    /// <summary>
    /// Sign-in attempts, per address and submitted user name (<c>userName</c> or <c>email</c> of a JSON body):
    /// <see cref="RateLimitOptions.SignInPerMinute"/>, on top of the global per-caller limit.
    /// </summary>
    public const string SignIn = "sign-in";
}
