using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Oms.Domain.Common;
using Oms.Domain.Payments;
using Oms.Payments.Stripe;
using Oms.TestSupport.StandIn;

namespace Oms.Payments.Tests;

/// <summary>Requests and providers as the tests build them: a fresh idempotency key unless one is given.</summary>
internal static class TestData
{
    /// <summary>
    /// The client's timeout in the timeout tests; <see cref="StripeStandIn.SlowAnswerDelay"/> is just above it. Two seconds:
    /// an answer the tests expect in time (a 409 for a key still in flight) must arrive within it on a loaded machine.
    /// </summary>
    public static readonly TimeSpan ShortTimeout = TimeSpan.FromSeconds(2);

    /// <summary>Elsewhere: generous, so a first call's warm-up on a busy machine is never mistaken for a timeout.</summary>
    public static readonly TimeSpan ClientTimeout = TimeSpan.FromSeconds(10);

    public static string Key() => $"test-{Guid.NewGuid():N}";

    public static Money Eur(decimal amount) => new(amount, "EUR");

    public static AuthorisationRequest Authorisation(Money amount, string token = StandInTokens.Visa, string? key = null) =>
        new(key ?? Key(), Guid.CreateVersion7(), "WEB-1001", amount, token, "ada@example.com");

    public static CaptureRequest Capture(string authorisation, Money amount, string? key = null) => new(key ?? Key(), authorisation, amount);

    public static VoidRequest Void(string authorisation, string? key = null) => new(key ?? Key(), authorisation);

    public static RefundRequest Refund(string capture, Money amount, string? key = null) =>
        new(key ?? Key(), capture, amount, "Customer returned one item");

    public static StripePaymentProvider NewStripe(StripeStandIn standIn, Action<StripeOptions>? configure = null)
    {
        var options = new StripeOptions { ApiKey = StripeStandIn.ApiKey, BaseUrl = standIn.BaseUrl, Timeout = ClientTimeout };
        configure?.Invoke(options);
        return new StripePaymentProvider(Options.Create(options), NullLogger<StripePaymentProvider>.Instance);
    }
}
