using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Oms.Domain.Payments;
using Stripe;

namespace Oms.Payments.Stripe;

/// <summary>
/// Stripe through its official library (Stripe.net): an authorisation is a PaymentIntent confirmed with
/// <c>capture_method=manual</c>; capture, void and refund act on that PaymentIntent. Each call carries the
/// request's idempotency key as Stripe's <c>Idempotency-Key</c>, so a retry replays Stripe's first answer.
/// </summary>
/// <remarks>
/// References: authorisation and capture answer the PaymentIntent id (<c>pi_…</c>), which is what capture, void and
/// refund take; a refund answers the Refund id (<c>re_…</c>). Captures per shipment: see
/// <see cref="StripeOptions.Multicapture"/>. Never throws for Stripe's answer; cancelling <c>ct</c> throws
/// <see cref="OperationCanceledException"/> as usual, and an amount Stripe cannot take (see <see cref="StripeAmount"/>)
/// throws <see cref="ArgumentOutOfRangeException"/> before anything is sent. The customer's email is not sent:
/// Stripe would mail its own receipts.
/// </remarks>
public sealed class StripePaymentProvider : IPaymentProvider, IPaymentProviderSetup, IDisposable
{
    public const string ProviderName = "stripe";

    private readonly StripeOptions options;
    private readonly ILogger logger;
    private readonly HttpClient? http;
    private readonly StripeClient? client;

    public StripePaymentProvider(IOptions<StripeOptions> options, ILogger<StripePaymentProvider> logger)
    {
        this.options = options.Value;
        this.logger = logger;
        if (string.IsNullOrWhiteSpace(this.options.ApiKey))
        {
            return;
        }

        // One long-lived HttpClient; a pooled connection lifetime so DNS changes are picked up.
        http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            Timeout = this.options.Timeout,
        };
        client = new StripeClient(new StripeClientOptions
        {
            ApiKey = this.options.ApiKey,
            ApiBase = this.options.BaseUrl.ToString().TrimEnd('/'),
            HttpClient = new SystemNetHttpClient(http, this.options.MaxNetworkRetries, enableTelemetry: false),
        });
    }

    public string Name => ProviderName;

    public string? NotConfigured => client is null ? "Stripe is not configured: set Payments:Stripe:ApiKey" : null;

    public Task<PaymentResult> AuthoriseAsync(AuthorisationRequest request, CancellationToken ct)
    {
        var create = new PaymentIntentCreateOptions
        {
            Amount = StripeAmount.ToMinorUnits(request.Amount),
            Currency = StripeAmount.Currency(request.Amount),
            PaymentMethod = request.PaymentToken,
            CaptureMethod = "manual",
            Confirm = true,
            // Server-side confirmation cannot show a 3-D Secure challenge or follow a redirect: fail instead of waiting.
            ErrorOnRequiresAction = true,
            AutomaticPaymentMethods = new PaymentIntentAutomaticPaymentMethodsOptions { Enabled = true, AllowRedirects = "never" },
            Metadata = new Dictionary<string, string>
            {
                ["order_id"] = request.OrderId.ToString(),
                ["order_number"] = request.OrderNumber,
            },
        };
        if (options.Multicapture)
        {
            create.PaymentMethodOptions = new PaymentIntentPaymentMethodOptionsOptions
            {
                Card = new PaymentIntentPaymentMethodOptionsCardOptions { RequestMulticapture = "if_available" },
            };
        }

        return Call("authorise", request.IdempotencyKey, async (stripe, requestOptions) =>
        {
            var intent = await stripe.V1.PaymentIntents.CreateAsync(create, requestOptions, ct);
            return StripeAnswers.Authorisation(intent);
        }, ct);
    }

    /// <remarks>
    /// Without multicapture the capture is final: Stripe releases whatever is left. With it, and when the card's
    /// charge reports multicapture available, <c>final_capture=false</c> keeps the rest authorised for the next
    /// shipment; it is released by <see cref="VoidAsync"/> (or captured to zero). The availability is read from
    /// Stripe, not from the amounts, so a retry sends the same parameters and Stripe replays its first answer.
    /// </remarks>
    public Task<PaymentResult> CaptureAsync(CaptureRequest request, CancellationToken ct)
    {
        var amount = StripeAmount.ToMinorUnits(request.Amount);
        return Call("capture", request.IdempotencyKey, async (stripe, requestOptions) =>
        {
            var capture = new PaymentIntentCaptureOptions { AmountToCapture = amount };
            if (options.Multicapture && await MulticaptureAvailableAsync(stripe, request.AuthorisationReference, ct))
            {
                capture.FinalCapture = false;
            }

            var intent = await stripe.V1.PaymentIntents.CaptureAsync(request.AuthorisationReference, capture, requestOptions, ct);
            return StripeAnswers.Capture(intent, request.Amount.Amount);
        }, ct);
    }

    /// <summary>Cancels the PaymentIntent; the result's amount is what Stripe released (authorised minus captured).</summary>
    public Task<PaymentResult> VoidAsync(VoidRequest request, CancellationToken ct) =>
        Call("void", request.IdempotencyKey, async (stripe, requestOptions) =>
        {
            var intent = await stripe.V1.PaymentIntents.CancelAsync(request.AuthorisationReference, new PaymentIntentCancelOptions(),
                requestOptions, ct);
            return StripeAnswers.Void(intent);
        }, ct);

    /// <summary>Refunds part or all of a capture. Stripe's <c>reason</c> is an enum, so ours goes to metadata.</summary>
    public Task<PaymentResult> RefundAsync(RefundRequest request, CancellationToken ct)
    {
        var create = new RefundCreateOptions
        {
            Amount = StripeAmount.ToMinorUnits(request.Amount),
            Metadata = new Dictionary<string, string> { ["reason"] = Truncate(request.Reason, 500) },
        };
        if (request.CaptureReference.StartsWith("ch_", StringComparison.Ordinal))
        {
            create.Charge = request.CaptureReference;
        }
        else
        {
            create.PaymentIntent = request.CaptureReference;
        }

        return Call("refund", request.IdempotencyKey, async (stripe, requestOptions) =>
        {
            var refund = await stripe.V1.Refunds.CreateAsync(create, requestOptions, ct);
            return StripeAnswers.Refund(refund, request.Amount.Currency);
        }, ct);
    }

    public void Dispose() => http?.Dispose();

    private async Task<bool> MulticaptureAvailableAsync(StripeClient stripe, string paymentIntentId, CancellationToken ct)
    {
        var get = new PaymentIntentGetOptions();
        get.AddExpand("latest_charge");
        var intent = await stripe.V1.PaymentIntents.GetAsync(paymentIntentId, get, requestOptions: null, ct);
        return intent.LatestCharge?.PaymentMethodDetails?.Card?.Multicapture?.Status == "available";
    }

    private async Task<PaymentResult> Call(
        string operation, string idempotencyKey, Func<StripeClient, RequestOptions, Task<PaymentResult>> send, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        if (client is null)
        {
            logger.NotConfigured(operation, idempotencyKey);
            return new(PaymentOutcome.Error, null, 0m, "Stripe is not configured: set Payments:Stripe:ApiKey.");
        }

        try
        {
            var result = await send(client, new RequestOptions { IdempotencyKey = idempotencyKey });
            if (result.IsApproved)
            {
                logger.Approved(operation, result.Reference, idempotencyKey);
            }
            else
            {
                logger.UnexpectedStatus(operation, result.DeclineCode ?? result.Message, result.Reference, idempotencyKey);
            }

            return result;
        }
        catch (StripeException e)
        {
            var result = StripeErrors.ToResult(e);
            if (result.Outcome == PaymentOutcome.Declined)
            {
                logger.Declined(operation, result.DeclineCode, idempotencyKey, e.StripeResponse?.RequestId);
            }
            else
            {
                logger.Failed(operation, (int)e.HttpStatusCode, e.StripeError?.Type, idempotencyKey, e.StripeResponse?.RequestId);
            }

            return result;
        }
        catch (HttpRequestException e)
        {
            logger.Unreachable(operation, idempotencyKey, e);
            return new(PaymentOutcome.Error, null, 0m, "Stripe could not be reached.");
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // HttpClient.Timeout elapsed, not the caller's token: Stripe may or may not have done it.
            logger.TimedOut(operation, idempotencyKey);
            return new(PaymentOutcome.Timeout, null, 0m, $"Stripe did not answer within {options.Timeout.TotalSeconds:0.###} s.");
        }
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
