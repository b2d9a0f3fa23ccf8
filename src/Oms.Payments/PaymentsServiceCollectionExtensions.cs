using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Oms.Domain.Payments;
using Oms.Payments.Sandbox;
using Oms.Payments.Stripe;

namespace Oms.Payments;

public static class PaymentsServiceCollectionExtensions
{
    /// <summary>The switch for the sandbox card provider: on in the laptop setup (appsettings.json), off unless set.</summary>
    public const string SandboxEnabledSetting = "Payments:Sandbox:Enabled";

    /// <summary>
    /// Registers the offline and Stripe providers, and the sandbox when <see cref="SandboxEnabledSetting"/> is true, as
    /// singletons, each three ways: as itself, as a keyed <see cref="IPaymentProvider"/> under its name, and in
    /// <see cref="PaymentProviders"/>. Binds <see cref="StripeOptions"/> from <c>Payments:Stripe</c>; a missing API key
    /// does not stop the host (a store without Stripe still takes cash): new Stripe payments are refused
    /// (<see cref="PaymentProviders.Refusal"/>), and calls already queued answer Error.
    /// </summary>
    public static IServiceCollection AddOmsPayments(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StripeOptions>()
            .Bind(configuration.GetSection(StripeOptions.SectionName))
            .Validate(o => o.BaseUrl is { IsAbsoluteUri: true }, "Payments:Stripe:BaseUrl must be an absolute URL.")
            .Validate(o => o.Timeout > TimeSpan.Zero, "Payments:Stripe:Timeout must be positive.")
            .Validate(o => o.MaxNetworkRetries >= 0, "Payments:Stripe:MaxNetworkRetries cannot be negative.")
            .ValidateOnStart();

        services.AddSingleton<OfflinePaymentProvider>();
        services.AddSingleton<StripePaymentProvider>();
        Expose<OfflinePaymentProvider>(services, OfflinePaymentProvider.ProviderName);
        Expose<StripePaymentProvider>(services, StripePaymentProvider.ProviderName);
        if (configuration.GetValue(SandboxEnabledSetting, false))
        {
            services.AddSingleton<SandboxPaymentProvider>();
            Expose<SandboxPaymentProvider>(services, SandboxPaymentProvider.ProviderName);
        }

        services.AddSingleton<PaymentProviders>();
        return services;
    }

    private static void Expose<T>(IServiceCollection services, string name) where T : class, IPaymentProvider
    {
        services.AddSingleton<IPaymentProvider>(sp => sp.GetRequiredService<T>());
        services.AddKeyedSingleton<IPaymentProvider>(name, (sp, _) => sp.GetRequiredService<T>());
    }
}
