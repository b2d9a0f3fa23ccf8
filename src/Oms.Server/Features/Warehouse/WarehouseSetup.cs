using Oms.Server.Core;
using Oms.Server.Core.Inbox;

namespace Oms.Server.Features.Warehouse;

public static class WarehouseSetup
{
    /// <summary>
    /// Locations served over RabbitMQ (section <c>Warehouse</c>): their releases as messages through the outbox, and the
    /// consumer of their confirmations and stock messages into the inbox. Inert without a bus or a listed location.
    /// </summary>
    public static IServiceCollection AddWarehouse(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<WarehouseOptions>().Bind(config.GetSection(WarehouseOptions.SectionName))
            .Validate(o => o.Locations.TrueForAll(l => l.Length > 0 && l.IndexOfAny(['.', '*', '#', ' ']) < 0),
                "Warehouse:Locations: a location code used as a routing key cannot contain '.', '*', '#' or spaces.")
            .Validate(o => o.Prefetch > 0 && o.DeliveryLimit > 0, "Warehouse:Prefetch and Warehouse:DeliveryLimit must be positive.")
            .ValidateOnStart();
        services.AddOutboxHandler<WmsRelease>();
        services.AddSingleton<IInboundHandler, WmsInboundHandler>();
        services.AddHostedService<WmsConsumer>();
        return services;
    }
}
