using Oms.Domain.Payments;
using static Oms.Payments.Tests.TestData;

namespace Oms.Payments.Tests;

/// <summary>
/// What every <see cref="IPaymentProvider"/> promises the order's payment ledger, whoever holds the money:
/// approvals carry a reference and honest amounts, and a retry with the same key is the same operation.
/// Declines, errors and timeouts only exist where a provider is called: see the Stripe subclass.
/// </summary>
public abstract class PaymentProviderContract
{
    protected abstract IPaymentProvider Provider { get; }

    /// <summary>How many operations the provider carried out for a key, where it can tell; null where nothing is called.</summary>
    protected virtual int? OperationsAtProvider(string idempotencyKey) => null;

    [Fact]
    public async Task Authorising_approves_the_full_amount_with_a_reference()
    {
        var result = await Provider.AuthoriseAsync(Authorisation(Eur(120.50m)), CancellationToken.None);

        Assert.Equal(PaymentOutcome.Approved, result.Outcome);
        Assert.False(string.IsNullOrEmpty(result.Reference));
        Assert.Equal(120.50m, result.Amount);
        Assert.False(result.IsRetryable);
    }

    [Fact]
    public async Task Retrying_an_authorisation_with_the_same_key_is_one_operation_with_the_same_reference()
    {
        var request = Authorisation(Eur(80m));

        var first = await Provider.AuthoriseAsync(request, CancellationToken.None);
        var retry = await Provider.AuthoriseAsync(request, CancellationToken.None);

        Assert.True(first.IsApproved);
        Assert.Equal(first, retry);
        Assert.True(OperationsAtProvider(request.IdempotencyKey) is null or 1);
    }

    [Fact]
    public async Task Different_keys_are_different_operations()
    {
        var one = await Provider.AuthoriseAsync(Authorisation(Eur(10m)), CancellationToken.None);
        var two = await Provider.AuthoriseAsync(Authorisation(Eur(10m)), CancellationToken.None);

        Assert.NotEqual(one.Reference, two.Reference);
    }

    [Fact]
    public async Task A_split_order_is_captured_in_parts_for_the_amounts_asked()
    {
        var auth = await Provider.AuthoriseAsync(Authorisation(Eur(100m)), CancellationToken.None);

        var firstShipment = await Provider.CaptureAsync(Capture(auth.Reference!, Eur(30m)), CancellationToken.None);
        var secondShipment = await Provider.CaptureAsync(Capture(auth.Reference!, Eur(50m)), CancellationToken.None);

        Assert.Equal((PaymentOutcome.Approved, 30m), (firstShipment.Outcome, firstShipment.Amount));
        Assert.Equal((PaymentOutcome.Approved, 50m), (secondShipment.Outcome, secondShipment.Amount));
    }

    [Fact]
    public async Task Retrying_a_capture_with_the_same_key_captures_once()
    {
        var auth = await Provider.AuthoriseAsync(Authorisation(Eur(100m)), CancellationToken.None);
        var capture = Capture(auth.Reference!, Eur(40m));

        var first = await Provider.CaptureAsync(capture, CancellationToken.None);
        var retry = await Provider.CaptureAsync(capture, CancellationToken.None);

        Assert.True(first.IsApproved);
        Assert.Equal(first, retry);
        Assert.True(OperationsAtProvider(capture.IdempotencyKey) is null or 1);
    }

    [Fact]
    public async Task Voiding_an_authorisation_is_approved()
    {
        var auth = await Provider.AuthoriseAsync(Authorisation(Eur(60m)), CancellationToken.None);

        var result = await Provider.VoidAsync(Void(auth.Reference!), CancellationToken.None);

        Assert.Equal(PaymentOutcome.Approved, result.Outcome);
        Assert.False(string.IsNullOrEmpty(result.Reference));
    }

    [Fact]
    public async Task Part_of_a_capture_is_refunded_for_the_amount_asked()
    {
        var auth = await Provider.AuthoriseAsync(Authorisation(Eur(100m)), CancellationToken.None);
        var capture = await Provider.CaptureAsync(Capture(auth.Reference!, Eur(100m)), CancellationToken.None);

        var firstReturn = await Provider.RefundAsync(Refund(capture.Reference!, Eur(25m)), CancellationToken.None);
        var secondReturn = await Provider.RefundAsync(Refund(capture.Reference!, Eur(15.5m)), CancellationToken.None);

        Assert.Equal((PaymentOutcome.Approved, 25m), (firstReturn.Outcome, firstReturn.Amount));
        Assert.Equal((PaymentOutcome.Approved, 15.5m), (secondReturn.Outcome, secondReturn.Amount));
        Assert.NotEqual(firstReturn.Reference, secondReturn.Reference);
    }

    [Fact]
    public async Task Retrying_a_refund_with_the_same_key_refunds_once()
    {
        var auth = await Provider.AuthoriseAsync(Authorisation(Eur(100m)), CancellationToken.None);
        var capture = await Provider.CaptureAsync(Capture(auth.Reference!, Eur(100m)), CancellationToken.None);
        var refund = Refund(capture.Reference!, Eur(20m));

        var first = await Provider.RefundAsync(refund, CancellationToken.None);
        var retry = await Provider.RefundAsync(refund, CancellationToken.None);

        Assert.True(first.IsApproved);
        Assert.Equal(first, retry);
        Assert.True(OperationsAtProvider(refund.IdempotencyKey) is null or 1);
    }
}
