using System.Net;
using Oms.Domain.Payments;
using Stripe;

namespace Oms.Payments.Stripe;

/// <summary>
/// Stripe's error answers as a <see cref="PaymentResult"/>. A refusal that a retry with the same key cannot change is
/// Declined; anything that may pass later (Stripe down, rate limited, bad credentials, an unreadable body) is Error.
/// </summary>
internal static class StripeErrors
{
    public static PaymentResult ToResult(StripeException e)
    {
        var error = e.StripeError;
        if (error is null)
        {
            // Stripe.net puts an unreadable body into the exception message: keep it out of results and logs.
            return new(PaymentOutcome.Error, null, 0m, $"Stripe answered HTTP {(int)e.HttpStatusCode} with a body that could not be read.");
        }

        if (IsDecline(e.HttpStatusCode, error.Type))
        {
            return new(PaymentOutcome.Declined, null, 0m, error.Message, error.DeclineCode ?? error.Code ?? error.Type);
        }

        return new(PaymentOutcome.Error, null, 0m, error.Message ?? $"Stripe answered HTTP {(int)e.HttpStatusCode} ({error.Type}).");
    }

    /// <summary>
    /// card_error (HTTP 402) is the card's refusal. An invalid_request_error on 400/404 (capturing what was already
    /// captured, refunding more than was paid, an unknown PaymentIntent) is also final: Stripe would answer the same
    /// to every retry, so retrying would only keep the order waiting.
    /// </summary>
    private static bool IsDecline(HttpStatusCode status, string? type) =>
        type == "card_error"
        || status == HttpStatusCode.PaymentRequired
        || (type == "invalid_request_error" && status is HttpStatusCode.BadRequest or HttpStatusCode.NotFound);
}
