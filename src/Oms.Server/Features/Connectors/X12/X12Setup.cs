using Oms.Server.Core;
using Oms.Server.Core.Inbox;

namespace Oms.Server.Features.Connectors.X12;

/// <summary>The registrations of the X12 connector (its adapter is found by the adapters' assembly scan).</summary>
public static class X12Setup
{
    public static IServiceCollection AddX12(this IServiceCollection services)
    {
        services.AddSingleton<EdiDocuments>();
        services.AddSingleton<EdiReceiver>();
        services.AddPeriodicJob<X12DropFolder>();
        // Until the connectors' adapter scan and generic inbound handler are on main (then these two lines go).
        services.AddSingleton<X12Adapter>();
        services.AddSingleton<IInboundHandler, X12InboundHandler>();
        return services;
    }
}
