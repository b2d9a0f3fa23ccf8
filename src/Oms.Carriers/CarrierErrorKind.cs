namespace Oms.Carriers;

/// <summary>Why a carrier call failed, and so what the caller does next.</summary>
public enum CarrierErrorKind
{
    /// <summary>The carrier refused the request (4xx): the same request fails again. Report the carrier's message.</summary>
    Rejected,

    /// <summary>The carrier failed or did not answer in time (5xx, network error, timeout): retry later.</summary>
    Unavailable,

    /// <summary>Too many requests (429): retry after <see cref="CarrierException.RetryAfter"/>.</summary>
    RateLimited,

    /// <summary>Credentials missing or refused (401/403): fix the settings, then retry.</summary>
    Misconfigured,
}
