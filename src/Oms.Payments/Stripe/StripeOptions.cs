namespace Oms.Payments.Stripe;

/// <summary>Settings of the Stripe adapter, bound from <c>Payments:Stripe</c>.</summary>
public sealed class StripeOptions
{
    public const string SectionName = "Payments:Stripe";

    /// <summary>The secret key (<c>sk_live_…</c> or <c>sk_test_…</c>). Empty means Stripe is not configured: every
    /// operation then answers <see cref="Oms.Domain.Payments.PaymentOutcome.Error"/>, so orders wait instead of failing.</summary>
    public string ApiKey { get; set; } = "";

    /// <summary>Stripe's API root; a stand-in's address in tests.</summary>
    public Uri BaseUrl { get; set; } = new("https://api.stripe.com");

    /// <summary>The budget for one HTTP call. Past it the outcome is unknown and the answer is Timeout.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Retries inside one call, on network errors and 5xx (Stripe.net's own loop, same idempotency key). 0 by
    /// default: the order's payment hold already retries with the same key, and retrying here multiplies
    /// <see cref="Timeout"/> inside a request.
    /// </summary>
    public int MaxNetworkRetries { get; set; }

    /// <summary>
    /// Capture one authorisation several times, once per shipment (Stripe "multicapture", an IC+ pricing feature).
    /// Off: the first capture is final and Stripe releases the rest, so a second capture is declined.
    /// On: authorisations ask for multicapture where the card allows it, and captures leave the rest authorised
    /// until it is captured or voided.
    /// </summary>
    public bool Multicapture { get; set; }
}
