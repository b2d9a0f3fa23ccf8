using Oms.Server.Core;

namespace Oms.Server.Features.Connectors.X12;

/// <summary>The registrations of the X12 connector (its adapter is found by the adapters' assembly scan).</summary>
public static class X12Setup
{
    public static IServiceCollection AddX12(this IServiceCollection services)
    {
        services.AddSingleton<EdiDocuments>();
        services.AddSingleton<EdiReceiver>();
        services.AddPeriodicJob<X12DropFolder>();
        return services;
    }
}
