namespace Oms.Server.Web.Hardening;

/// <summary>
/// <c>Oms:RateLimits</c>: how many requests one caller (an API key, a bearer token, else an address) may send. The defaults
/// leave room for a busy till or a channel pushing orders in bulk; the sign-in limit is strict, as it guards passwords.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "Oms:RateLimits";

    /// <summary>Off only where something in front of the OMS (a gateway) limits callers already.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Sustained requests per second per caller; below 1 means one request every 1/value seconds.</summary>
    public double PermitsPerSecond { get; set; } = 50;

    /// <summary>Requests a caller may send at once before the sustained rate applies (a batch, a page-through).</summary>
    public int Burst { get; set; } = 200;

    /// <summary>Sign-in attempts per minute for one user name from one address (also the burst).</summary>
    public int SignInPerMinute { get; set; } = 10;

    internal void Validate()
    {
        if (!(PermitsPerSecond > 0) || Burst < 1 || SignInPerMinute < 1)
            throw new InvalidOperationException(
                $"{Section}: PermitsPerSecond must be above 0, and Burst and SignInPerMinute at least 1.");
    }
}
