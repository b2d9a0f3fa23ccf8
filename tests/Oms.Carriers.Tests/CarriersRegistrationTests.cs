using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Oms.Carriers.Sendcloud;

namespace Oms.Carriers.Tests;

public sealed class CarriersRegistrationTests
{
    [Fact]
    public void Sendcloud_is_the_carrier_adapter_and_the_keyed_one_named_sendcloud()
    {
        using var services = Build([]);

        var adapter = services.GetRequiredService<ICarrierAdapter>();

        Assert.IsType<SendcloudCarrierAdapter>(adapter);
        Assert.Same(adapter, services.GetRequiredKeyedService<ICarrierAdapter>("sendcloud"));
        Assert.Equal("sendcloud", adapter.Name);
    }

    [Fact]
    public void Options_are_read_from_Carriers_Sendcloud()
    {
        using var services = Build(new()
        {
            ["Carriers:Sendcloud:PublicKey"] = "pk",
            ["Carriers:Sendcloud:SecretKey"] = "sk",
            ["Carriers:Sendcloud:WebhookSecret"] = "wk",
            ["Carriers:Sendcloud:BaseUrl"] = "http://127.0.0.1:12111/api/",
            ["Carriers:Sendcloud:Timeout"] = "00:00:03",
            ["Carriers:Sendcloud:OutboundShippingMethodId"] = "8",
            ["Carriers:Sendcloud:ReturnShippingMethodId"] = "1005",
            ["Carriers:Sendcloud:CollectionCarrier"] = "dhl",
        });

        var o = services.GetRequiredService<IOptions<SendcloudOptions>>().Value;

        Assert.Equal(("pk", "sk", "wk", new Uri("http://127.0.0.1:12111/api/"), TimeSpan.FromSeconds(3)),
            (o.PublicKey, o.SecretKey, o.WebhookSecret, o.BaseUrl, o.Timeout));
        Assert.Equal((8, 1005, "dhl", true), (o.OutboundShippingMethodId, o.ReturnShippingMethodId, o.CollectionCarrier, o.DownloadLabels));
    }

    [Fact]
    public void Without_configuration_the_live_api_is_the_default()
    {
        using var services = Build([]);

        var o = services.GetRequiredService<IOptions<SendcloudOptions>>().Value;

        Assert.Equal((new Uri("https://panel.sendcloud.sc/api/"), TimeSpan.FromSeconds(15)), (o.BaseUrl, o.Timeout));
    }

    [Fact]
    public void A_non_positive_timeout_is_refused()
    {
        using var services = Build(new() { ["Carriers:Sendcloud:Timeout"] = "00:00:00" });

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<ICarrierAdapter>());
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddOmsCarriers(configuration).BuildServiceProvider();
    }
}
