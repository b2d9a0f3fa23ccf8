using Oms.Domain.Payments;
using Oms.Payments.Stripe;
using Oms.TestSupport.StandIn;

namespace Oms.Payments.Tests;

/// <summary>The shared contract against the Stripe stand-in, with multicapture on (captures per shipment).</summary>
public sealed class StripeContractTests(StripeStandIn standIn) : PaymentProviderContract, IClassFixture<StripeStandIn>, IDisposable
{
    private readonly StripePaymentProvider stripe = TestData.NewStripe(standIn, o => o.Multicapture = true);

    protected override IPaymentProvider Provider => stripe;

    protected override int? OperationsAtProvider(string idempotencyKey) => standIn.OperationsFor(idempotencyKey);

    public void Dispose() => stripe.Dispose();
}
