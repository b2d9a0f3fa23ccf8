using Oms.Server.Core;
using Oms.Server.Core.Inbox;

namespace Oms.Server.Features.Connectors;

public static class ConnectorsSetup
{
    /// <summary>
    /// The connector machinery, and every <see cref="IChannelAdapter"/> and <see cref="IOrderPoller"/> of this assembly
    /// (found by scanning, so that a new channel is a folder of its own).
    /// </summary>
    public static IServiceCollection AddConnectors(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<ConnectorOptions>(config.GetSection("Connectors"));
        var timeout = TimeSpan.FromSeconds(Math.Max(1, config.GetValue("Connectors:TimeoutSeconds", 30)));
        services.AddHttpClient("connectors", c => c.Timeout = timeout);
        services.AddSingleton<ConnectorSecrets>();
        services.AddSingleton<ConnectorDirectory>();
        services.AddSingleton<AvailabilityPush>();
        services.AddSingleton<ConnectorPolling>();
        services.AddSingleton<IInboundHandler, ChannelOrderInbound>();
        services.AddOutboxHandler<ChannelOutbound>();
        services.AddPeriodicJob<ConnectorPollJob>();
        services.AddPeriodicJob<AvailabilityPushJob>();
        foreach (var type in typeof(ConnectorsSetup).Assembly.GetTypes().Where(t => t is { IsAbstract: false, IsInterface: false }))
        {
            if (typeof(IChannelAdapter).IsAssignableFrom(type)) services.AddSingleton(typeof(IChannelAdapter), type);
            if (typeof(IOrderPoller).IsAssignableFrom(type)) services.AddSingleton(typeof(IOrderPoller), type);
        }
        return services;
    }
}
