using FluentValidation;

namespace Oms.Server.Features.Network.Imports;

/// <summary>The registrations of the import feature.</summary>
public static class ImportsSetup
{
    public static IServiceCollection AddImports(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("Oms:Imports");
        services.Configure<ImportOptions>(section);
        services.AddSingleton<IValidator<StockRowRequest>, StockRowRequestValidator>();
        services.AddSingleton<IRowImporter, ProductRows>();
        services.AddSingleton<IRowImporter, LocationRows>();
        services.AddSingleton<IRowImporter, StockRows>();
        services.AddSingleton<ImportSignal>();
        services.AddSingleton<ImportRunner>();
        if (section.GetValue(nameof(ImportOptions.RunWorker), true)) services.AddHostedService<ImportWorker>();
        return services;
    }
}
