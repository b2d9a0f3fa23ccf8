using Oms.Domain.Payments;
using Oms.TestSupport.StandIn;
using static Oms.Payments.Tests.TestData;

namespace Oms.Payments.Tests;

public sealed class OfflinePaymentProviderTests : PaymentProviderContract
{
    private readonly OfflinePaymentProvider offline = new();

    protected override IPaymentProvider Provider => offline;

    [Fact]
    public void Is_named_offline() => Assert.Equal("offline", offline.Name);

    [Fact]
    public async Task Approves_whatever_the_token_says_because_the_money_is_collected_elsewhere()
    {
        var result = await offline.AuthoriseAsync(Authorisation(Eur(45m), StandInTokens.InsufficientFunds), CancellationToken.None);

        Assert.True(result.IsApproved);
    }

    [Fact]
    public async Task The_same_key_gives_the_same_reference_even_from_another_instance()
    {
        var request = Authorisation(Eur(45m));

        var here = await offline.AuthoriseAsync(request, CancellationToken.None);
        var elsewhere = await new OfflinePaymentProvider().AuthoriseAsync(request, CancellationToken.None);

        Assert.Equal(here.Reference, elsewhere.Reference);
    }

    [Fact]
    public async Task Each_operation_has_its_own_reference_for_the_same_key()
    {
        var key = Key();

        var auth = await offline.AuthoriseAsync(Authorisation(Eur(10m), key: key), CancellationToken.None);
        var capture = await offline.CaptureAsync(Capture("x", Eur(10m), key), CancellationToken.None);

        Assert.NotEqual(auth.Reference, capture.Reference);
        Assert.DoesNotContain(key, auth.Reference, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_void_reports_no_amount_because_nothing_is_held_here()
    {
        var result = await offline.VoidAsync(Void("offline_auth_x"), CancellationToken.None);

        Assert.Equal((PaymentOutcome.Approved, 0m), (result.Outcome, result.Amount));
    }
}
