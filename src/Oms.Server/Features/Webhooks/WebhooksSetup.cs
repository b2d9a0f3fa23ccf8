using Oms.Server.Core;

namespace Oms.Server.Features.Webhooks;

/// <summary>The registrations of the webhooks feature.</summary>
public static class WebhooksSetup
{
    public static IServiceCollection AddWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<WebhookOptions>(configuration.GetSection("Webhooks"));
        // The per-attempt timeout is the sender's; redirects are refused (a subscription names its final URL), and the
        // client logs nothing of its own (URLs may carry tokens): the delivery log and the handler's log say what happened.
        services.AddHttpClient(WebhookSender.ClientName, c => c.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseCookies = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            .RemoveAllLoggers();
        services.AddSingleton<WebhookSender>();
        services.AddOutboxHandler<WebhookHandler>();
        return services;
    }
}
