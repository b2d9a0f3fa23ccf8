namespace Oms.Carriers;

/// <summary>A carrier call that did not succeed, typed so a caller can retry, wait, or report.</summary>
public sealed class CarrierException : Exception
{
    public CarrierException() { }

    public CarrierException(string message) : base(message) { }

    public CarrierException(string message, Exception inner) : base(message, inner) { }

    public CarrierException(CarrierErrorKind kind, string message, int? httpStatus = null, TimeSpan? retryAfter = null,
        Exception? inner = null)
        : base(message, inner)
    {
        Kind = kind;
        HttpStatus = httpStatus;
        RetryAfter = retryAfter;
    }

    public CarrierErrorKind Kind { get; }

    /// <summary>The carrier's HTTP status; null when no answer came (network error, timeout).</summary>
    public int? HttpStatus { get; }

    /// <summary>How long the carrier asked to wait (its <c>Retry-After</c>), when it said.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>True when the same call may pass later without changing the request.</summary>
    public bool IsRetryable => Kind is CarrierErrorKind.Unavailable or CarrierErrorKind.RateLimited;
}
