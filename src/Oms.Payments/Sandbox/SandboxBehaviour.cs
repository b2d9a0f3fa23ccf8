namespace Oms.Payments.Sandbox;

/// <summary>What the sandbox does with an authorisation for a test token.</summary>
public enum SandboxBehaviour
{
    Approve,
    /// <summary>Authorises, but every capture is declined (an authorisation that expired before the goods shipped).</summary>
    ApproveThenDeclineCapture,
    Decline,
    /// <summary>A provider failure: retryable, answered the same way on every retry.</summary>
    Error,
    /// <summary>No answer in time: retryable, answered the same way on every retry.</summary>
    Timeout,
}
