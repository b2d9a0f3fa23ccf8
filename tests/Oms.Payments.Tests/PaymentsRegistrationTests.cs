using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Oms.Domain.Payments;
using Oms.Payments.Sandbox;
using Oms.Payments.Stripe;

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

    [Fact]
    public void The_sandbox_is_registered_only_when_enabled()
    {
        using var on = Build(new() { ["Payments:Sandbox:Enabled"] = "true" });
        using var off = Build([]);

        Assert.IsType<SandboxPaymentProvider>(on.GetRequiredService<PaymentProviders>().Get("sandbox"));
        Assert.Same(on.GetRequiredService<PaymentProviders>().Get("sandbox"), on.GetRequiredKeyedService<IPaymentProvider>("sandbox"));
        Assert.False(off.GetRequiredService<PaymentProviders>().TryGet("sandbox", out _));
    }

    [Fact]
    public void Stripe_without_a_key_is_refused_for_new_payments_naming_the_setting_and_the_sandbox()
    {
        using var services = Build(new() { ["Payments:Sandbox:Enabled"] = "true" });

        var refusal = services.GetRequiredService<PaymentProviders>().Refusal("stripe");

        Assert.Equal("Stripe is not configured: set Payments:Stripe:ApiKey, or use the sandbox provider (test tokens such as pm_card_visa).", refusal);
    }

    [Fact]
    public void Without_the_sandbox_the_refusal_does_not_suggest_it()
    {
        using var services = Build([]);

        Assert.Equal("Stripe is not configured: set Payments:Stripe:ApiKey.", services.GetRequiredService<PaymentProviders>().Refusal("stripe"));
    }

    [Fact]
    public void Configured_and_offline_providers_are_not_refused_and_unknown_ones_are()
    {
        using var services = Build(new() { ["Payments:Stripe:ApiKey"] = "sk_test_x" });
        var registry = services.GetRequiredService<PaymentProviders>();

        Assert.Null(registry.Refusal("stripe"));
        Assert.Null(registry.Refusal(" Offline "));
        Assert.Equal("Unknown payment provider 'adyen'. Known: offline, stripe.", registry.Refusal("adyen"));
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddOmsPayments(configuration).BuildServiceProvider();
    }
}
