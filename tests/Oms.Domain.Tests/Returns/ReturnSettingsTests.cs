using Oms.Domain.Common;
using Oms.Domain.Payments;
using Oms.Domain.Returns;

namespace Oms.Domain.Tests.Returns;

public sealed class ReturnSettingsTests
{
    [Fact]
    public void A_channel_without_its_own_settings_gets_the_default_and_codes_compare_case_insensitively()
    {
        var marketplace = new ChannelReturnSettings(RefundAllocationPolicy.AllAsStoreCredit, ExchangeRelease.Advance);
        var settings = new ReturnSettings(ChannelReturnSettings.Default,
            new Dictionary<string, ChannelReturnSettings> { ["marketplace"] = marketplace }, 4);

        Assert.Same(marketplace, settings.For("MARKETPLACE"));
        Assert.Same(ChannelReturnSettings.Default, settings.For("web"));
        Assert.Same(ChannelReturnSettings.Default, settings.For(null));
        Assert.Equal((RefundRoute.OriginalInstruments, ExchangeRelease.OnReceipt, 0),
            (ReturnSettings.BuiltIn.Default.Refunds.Route, ReturnSettings.BuiltIn.Default.ExchangeRelease, ReturnSettings.BuiltIn.Version));
    }

    [Fact]
    public void Invalid_settings_are_refused_with_every_field_at_fault()
    {
        var twice = new ChannelReturnSettings(new RefundAllocationPolicy(RefundRoute.OriginalInstruments,
            [PaymentMethod.Card, PaymentMethod.GiftCard, PaymentMethod.Card]), (ExchangeRelease)7);

        var e = Assert.Throws<BusinessRuleException>(() => new ReturnSettings(twice,
            new Dictionary<string, ChannelReturnSettings>
            {
                ["web"] = ChannelReturnSettings.Default with { Refunds = RefundAllocationPolicy.GiftCardsLast with { Route = (RefundRoute)9 } },
                ["bad code!"] = ChannelReturnSettings.Default,
            }, -1));

        Assert.Equal(["channels.bad code!", "channels.web.refunds.route", "default.exchangeRelease", "default.refunds.methodOrder[2]", "version"],
            e.Errors.Keys.Order(StringComparer.Ordinal));
    }
}
