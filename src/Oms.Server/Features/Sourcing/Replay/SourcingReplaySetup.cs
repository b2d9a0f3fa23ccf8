namespace Oms.Server.Features.Sourcing.Replay;

public static class SourcingReplaySetup
{
    /// <summary>The replay and the sample-order trial: stateless, read-only services.</summary>
    public static IServiceCollection AddSourcingReplay(this IServiceCollection services)
    {
        services.AddSingleton<SourcingReplayer>();
        services.AddScoped<SourcingTrial>();
        return services;
    }
}
