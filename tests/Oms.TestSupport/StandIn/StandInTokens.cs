namespace Oms.TestSupport.StandIn;

/// <summary>
/// Payment method tokens the stand-in reacts to, as Stripe's test mode does. The <c>pm_card_*</c> names are Stripe's
/// own test payment methods; the <c>pm_standin_*</c> ones exist only here, for answers Stripe has no test card for.
/// </summary>
public static class StandInTokens
{
    public const string Visa = "pm_card_visa";
    public const string ChargeDeclined = "pm_card_chargeDeclined";
    public const string InsufficientFunds = "pm_card_visa_chargeDeclinedInsufficientFunds";
    public const string AuthenticationRequired = "pm_card_authenticationRequired";

    /// <summary>Approves, but the charge reports multicapture unavailable (a card brand without it).</summary>
    public const string MulticaptureUnavailable = "pm_standin_multicaptureUnavailable";

    /// <summary>HTTP 500 with Stripe's api_error body.</summary>
    public const string ServerError = "pm_standin_serverError";

    /// <summary>HTTP 200 with an HTML page, as a misconfigured proxy would answer.</summary>
    public const string Unreadable = "pm_standin_unreadable";

    /// <summary>Approves after <see cref="StripeStandIn.SlowAnswerDelay"/>, longer than the tests' client timeout.</summary>
    public const string Slow = "pm_standin_slow";

    /// <summary>Approves only once the test calls <see cref="StripeStandIn.Release"/> for its idempotency key.</summary>
    public const string Held = "pm_standin_held";
}
