namespace Oms.Payments;

/// <summary>
/// A provider that needs settings before it can be used. A host without them still starts (a store without Stripe
/// still takes cash); orders naming the provider are refused with <see cref="NotConfigured"/> instead of waiting on
/// calls that can only fail.
/// </summary>
public interface IPaymentProviderSetup
{
    /// <summary>Null when the provider can be called; otherwise what is missing, e.g. "Stripe is not configured: set …".</summary>
    string? NotConfigured { get; }
}
