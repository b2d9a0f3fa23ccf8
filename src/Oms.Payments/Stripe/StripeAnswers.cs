using Oms.Domain.Payments;
using Stripe;

namespace Oms.Payments.Stripe;

/// <summary>Stripe's successful HTTP answers read as results: the object's status decides, not the HTTP code.</summary>
internal static class StripeAnswers
{
    public static PaymentResult Authorisation(PaymentIntent intent) => intent.Status switch
    {
        "requires_capture" => Approved(intent.Id, intent.AmountCapturable, intent.Currency),
        // Only if Stripe captured at once (it should not, with capture_method=manual): the money is taken.
        "succeeded" => Approved(intent.Id, intent.AmountReceived, intent.Currency),
        "requires_action" => new(PaymentOutcome.Declined, null, 0m,
            "The card asks for customer authentication, which a server-side authorisation cannot complete.", "authentication_required"),
        "requires_payment_method" => new(PaymentOutcome.Declined, null, 0m, intent.LastPaymentError?.Message,
            intent.LastPaymentError?.DeclineCode ?? intent.LastPaymentError?.Code ?? "card_declined"),
        _ => Unexpected(intent.Status),
    };

    /// <param name="requested">What was asked: Stripe captures exactly <c>amount_to_capture</c> or refuses.</param>
    public static PaymentResult Capture(PaymentIntent intent, decimal requested) => intent.Status switch
    {
        // requires_capture: a multicapture left the rest authorised for the next shipment.
        "succeeded" or "requires_capture" => new(PaymentOutcome.Approved, intent.Id, requested),
        _ => Unexpected(intent.Status),
    };

    public static PaymentResult Void(PaymentIntent intent) => intent.Status == "canceled"
        ? Approved(intent.Id, intent.Amount - intent.AmountReceived, intent.Currency)
        : Unexpected(intent.Status);

    /// <summary>A pending refund is accepted by Stripe and completes without us; a failed one was refused.</summary>
    public static PaymentResult Refund(global::Stripe.Refund refund, string currency) => refund.Status switch
    {
        "succeeded" or "pending" => Approved(refund.Id, refund.Amount, refund.Currency ?? currency),
        "failed" or "canceled" => new(PaymentOutcome.Declined, null, 0m, "Stripe could not refund.", refund.FailureReason ?? refund.Status),
        _ => Unexpected(refund.Status),
    };

    private static PaymentResult Approved(string id, long minor, string currency) =>
        new(PaymentOutcome.Approved, id, StripeAmount.FromMinorUnits(minor, currency));

    private static PaymentResult Unexpected(string? status) =>
        new(PaymentOutcome.Error, null, 0m, $"Stripe answered with status '{status}', which this adapter does not expect here.");
}
