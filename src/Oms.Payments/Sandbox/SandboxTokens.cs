namespace Oms.Payments.Sandbox;

/// <summary>
/// The sandbox's test tokens. The card ones are Stripe's documented test payment methods (<c>pm_card_…</c>, and the
/// same names as <c>tok_…</c> tokens), with the decline codes Stripe answers for them, so a demo's tokens behave the
/// same once a Stripe test key is configured. <c>pm_sandbox_…</c> tokens exist only here, for answers Stripe's test
/// mode has no card for (an outage, a timeout, a refused capture).
/// </summary>
public static class SandboxTokens
{
    public const string Visa = "pm_card_visa";
    public const string Mastercard = "pm_card_mastercard";
    public const string ChargeDeclined = "pm_card_chargeDeclined";
    public const string InsufficientFunds = "pm_card_chargeDeclinedInsufficientFunds";
    public const string AuthenticationRequired = "pm_card_authenticationRequired";
    public const string ProviderError = "pm_sandbox_providerError";
    public const string Timeout = "pm_sandbox_timeout";
    public const string CaptureDeclined = "pm_sandbox_captureDeclined";

    private static readonly SandboxCard Approves = new(SandboxBehaviour.Approve);

    // Keyed by the name after pm_card_ / tok_ (and after visa_ for Stripe's pm_card_visa_chargeDeclined… aliases).
    private static readonly Dictionary<string, SandboxCard> Cards = new(StringComparer.Ordinal)
    {
        ["visa"] = Approves, ["visa_debit"] = Approves, ["mastercard"] = Approves, ["mastercard_debit"] = Approves,
        ["amex"] = Approves, ["discover"] = Approves, ["diners"] = Approves, ["jcb"] = Approves, ["unionpay"] = Approves,
        ["chargeDeclined"] = Declines("generic_decline", "Your card was declined."),
        ["chargeDeclinedInsufficientFunds"] = Declines("insufficient_funds", "Your card has insufficient funds."),
        ["chargeDeclinedLostCard"] = Declines("lost_card", "Your card was declined."),
        ["chargeDeclinedStolenCard"] = Declines("stolen_card", "Your card was declined."),
        ["chargeDeclinedFraudulent"] = Declines("fraudulent", "Your card was declined."),
        ["chargeDeclinedExpiredCard"] = Declines("expired_card", "Your card has expired."),
        ["chargeDeclinedIncorrectCvc"] = Declines("incorrect_cvc", "Your card's security code is incorrect."),
        ["chargeDeclinedProcessingError"] = Declines("processing_error",
            "An error occurred while processing your card. Try again in a little bit."),
        ["chargeDeclinedVelocityLimitExceeded"] = Declines("card_velocity_exceeded",
            "Your card was declined for making repeated attempts too frequently."),
        // What the Stripe adapter answers for a card that asks for 3-D Secure, which a server-side authorisation cannot show.
        ["authenticationRequired"] = Declines("authentication_required",
            "The card asks for customer authentication, which a server-side authorisation cannot complete."),
    };

    private static readonly Dictionary<string, SandboxCard> SandboxOnly = new(StringComparer.Ordinal)
    {
        [ProviderError] = new(SandboxBehaviour.Error, null,
            "The sandbox simulated a provider outage; every retry answers the same, so replace the payment."),
        [Timeout] = new(SandboxBehaviour.Timeout, null,
            "The sandbox simulated a provider that does not answer in time; every retry answers the same, so replace the payment."),
        [CaptureDeclined] = new(SandboxBehaviour.ApproveThenDeclineCapture),
    };

    /// <summary>Told to whoever sends a token the sandbox does not know. Never echoes the token: it might be a card number.</summary>
    public const string UnknownTokenMessage =
        "The sandbox knows no such test token. Approve with pm_card_visa (or tok_visa); decline with pm_card_chargeDeclined, "
        + "pm_card_chargeDeclinedInsufficientFunds or pm_card_authenticationRequired; simulate an outage with pm_sandbox_providerError, "
        + "a timeout with pm_sandbox_timeout, a refused capture with pm_sandbox_captureDeclined.";

    /// <summary>The token's behaviour; an unknown token is declined with <see cref="UnknownTokenMessage"/>.</summary>
    public static SandboxCard Lookup(string token)
    {
        var t = token.Trim();
        if (SandboxOnly.TryGetValue(t, out var special)) return special;
        var name = t.StartsWith("pm_card_", StringComparison.Ordinal) ? t["pm_card_".Length..]
            : t.StartsWith("tok_", StringComparison.Ordinal) ? t["tok_".Length..]
            : null;
        if (name is not null && name.StartsWith("visa_charge", StringComparison.Ordinal)) name = name["visa_".Length..];
        return name is not null && Cards.TryGetValue(name, out var card) ? card : Declines("resource_missing", UnknownTokenMessage);
    }

    private static SandboxCard Declines(string code, string message) => new(SandboxBehaviour.Decline, code, message);
}
