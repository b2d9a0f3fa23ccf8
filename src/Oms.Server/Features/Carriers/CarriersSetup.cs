using Oms.Carriers;
using Oms.Server.Core;

namespace Oms.Server.Features.Carriers;

/// <summary>
/// Carriers as the OMS uses them: the adapters (<c>Carriers:Sendcloud</c>), return labels and collections, and the
/// tracking webhooks that move return parcels and outbound shipments alike.
/// </summary>
public static class CarriersSetup
{
    /// <summary>
    /// The carrier adapters and the handler that gets return labels and collections. Without carrier keys the server still
    /// starts: each return that needs a label records why none could be made.
    /// </summary>
    public static IServiceCollection AddCarrierIntegration(this IServiceCollection services, IConfiguration config)
    {
        services.AddOmsCarriers(config);
        services.AddOutboxHandler<ReturnLabelHandler>();
        services.AddScoped<OutboundLabels>();
        return services;
    }
}
