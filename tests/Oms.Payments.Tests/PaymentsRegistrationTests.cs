using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Oms.Domain.Payments;

namespace Oms.Payments.Tests;

public sealed class PaymentsRegistrationTests
{
    [Fact]
    public void Both_providers_are_found_by_name_in_the_registry_and_as_keyed_services()
    {
        using var services = Build(new() { ["Payments:Stripe:ApiKey"] = "sk_test_x" });
        var registry = services.GetRequiredService<PaymentProviders>();

        Assert.IsType<StripePaymentProvider>(registry.Get("stripe"));
        Assert.IsType<OfflinePaymentProvider>(registry.Get("offline"));
        Assert.Same(registry.Get("stripe"), services.GetRequiredKeyedService<IPaymentProvider>("stripe"));
        Assert.Same(registry.Get("offline"), services.GetRequiredKeyedService<IPaymentProvider>("offline"));
        Assert.Equal(["offline", "stripe"], registry.Names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Stripe_options_are_read_from_Payments_Stripe()
    {
        using var services = Build(new()
        {
            ["Payments:Stripe:ApiKey"] = "sk_test_x",
            ["Payments:Stripe:BaseUrl"] = "http://127.0.0.1:12111",
            ["Payments:Stripe:Timeout"] = "00:00:03",
            ["Payments:Stripe:Multicapture"] = "true",
        });

        var options = services.GetRequiredService<IOptions<StripeOptions>>().Value;

        Assert.Equal(("sk_test_x", new Uri("http://127.0.0.1:12111"), TimeSpan.FromSeconds(3), true),
            (options.ApiKey, options.BaseUrl, options.Timeout, options.Multicapture));
    }

    [Fact]
    public void Without_configuration_Stripe_defaults_to_the_live_api_and_ten_seconds()
    {
        using var services = Build([]);

        var options = services.GetRequiredService<IOptions<StripeOptions>>().Value;

        Assert.Equal((new Uri("https://api.stripe.com"), TimeSpan.FromSeconds(10), 0), (options.BaseUrl, options.Timeout, options.MaxNetworkRetries));
    }

    [Fact]
    public void A_non_positive_timeout_is_refused()
    {
        using var services = Build(new() { ["Payments:Stripe:Timeout"] = "00:00:00" });

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<PaymentProviders>());
    }

    [Fact]
    public void An_unknown_provider_name_is_refused_naming_the_known_ones()
    {
        using var services = Build([]);

        var error = Assert.Throws<KeyNotFoundException>(() => services.GetRequiredService<PaymentProviders>().Get("adyen"));

        Assert.Contains("offline", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddOmsPayments(configuration).BuildServiceProvider();
    }
}
