namespace Oms.Carriers;

/// <summary>A webhook that is not the carrier's: no or a wrong signature, or a body the carrier would not send.</summary>
public sealed class CarrierWebhookException : Exception
{
    public CarrierWebhookException() { }

    public CarrierWebhookException(string message) : base(message) { }

    public CarrierWebhookException(string message, Exception inner) : base(message, inner) { }

    /// <summary>True when the signature failed (answer 401), false when a signed body could not be read (answer 400).</summary>
    public bool SignatureFailed { get; init; }
}
