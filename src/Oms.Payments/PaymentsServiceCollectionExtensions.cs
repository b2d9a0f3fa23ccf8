using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Oms.Domain.Payments;

namespace Oms.Payments;

public static class PaymentsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the offline and Stripe providers as singletons, each three ways: as itself, as a keyed
    /// <see cref="IPaymentProvider"/> under its name, and in <see cref="PaymentProviders"/>. Binds
    /// <see cref="StripeOptions"/> from <c>Payments:Stripe</c>; a missing API key does not stop the host (a store
    /// without Stripe still takes cash), it makes Stripe operations answer Error.
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
        services.AddSingleton<PaymentProviders>();
        return services;
    }

    private static void Expose<T>(IServiceCollection services, string name) where T : class, IPaymentProvider
    {
        services.AddSingleton<IPaymentProvider>(sp => sp.GetRequiredService<T>());
        services.AddKeyedSingleton<IPaymentProvider>(name, (sp, _) => sp.GetRequiredService<T>());
    }
}
