using Oms.Server.Core;

namespace Oms.Server.Features.Returns.Exchanges;

public static class ExchangesSetup
{
    /// <summary>The exchange part of return requests, its release-mode seam and the outbox handlers that capture and release exchange orders.</summary>
    public static IServiceCollection AddExchanges(this IServiceCollection services)
    {
        services.AddSingleton<ExchangeOffers>();
        services.AddOutboxHandler<ExchangeOrderCreation>();
        services.AddOutboxHandler<ExchangeRelease>();
        return services;
    }
}
