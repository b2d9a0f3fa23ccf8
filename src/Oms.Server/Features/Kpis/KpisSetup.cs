namespace Oms.Server.Features.Kpis;

/// <summary>The registrations of the KPI report: its options, the snapshot cache and the warmer of the default period.</summary>
public static class KpisSetup
{
    public static IServiceCollection AddKpis(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("Oms:Kpis");
        services.Configure<KpiOptions>(section);
        services.AddSingleton<KpiCache>();
        if (section.GetValue(nameof(KpiOptions.WarmDefault), true)) services.AddHostedService<KpiWarmer>();
        return services;
    }
}
