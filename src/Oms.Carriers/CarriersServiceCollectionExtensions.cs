using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Oms.Carriers.Sendcloud;

namespace Oms.Carriers;

public static class CarriersServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Sendcloud adapter as a singleton, as itself, as <see cref="ICarrierAdapter"/> and as a keyed
    /// <see cref="ICarrierAdapter"/> under <c>sendcloud</c>; binds <see cref="SendcloudOptions"/> from
    /// <c>Carriers:Sendcloud</c>. Missing keys do not stop the host: calls then throw
    /// <see cref="CarrierErrorKind.Misconfigured"/> and webhooks are refused.
    /// </summary>
    public static IServiceCollection AddOmsCarriers(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SendcloudOptions>()
            .Bind(configuration.GetSection(SendcloudOptions.SectionName))
            .Validate(o => o.BaseUrl is { IsAbsoluteUri: true }, "Carriers:Sendcloud:BaseUrl must be an absolute URL.")
            .Validate(o => o.Timeout > TimeSpan.Zero, "Carriers:Sendcloud:Timeout must be positive.")
            .ValidateOnStart();

        services.AddSingleton<SendcloudCarrierAdapter>();
        services.AddSingleton<ICarrierAdapter>(sp => sp.GetRequiredService<SendcloudCarrierAdapter>());
        services.AddKeyedSingleton<ICarrierAdapter>(SendcloudCarrierAdapter.AdapterName,
            (sp, _) => sp.GetRequiredService<SendcloudCarrierAdapter>());
        return services;
    }
}
