using FluentValidation;

namespace Oms.Server.Features.Network;

/// <summary>The registrations and routes of the reference-data management API.</summary>
public static class ReferenceDataSetup
{
    public static IServiceCollection AddReferenceDataManagement(this IServiceCollection services)
    {
        services.AddSingleton<IValidator<ProductRequest>, ProductRequestValidator>();
        services.AddSingleton<IValidator<LocationRequest>, LocationRequestValidator>();
        services.AddSingleton<IValidator<ChannelRequest>, ChannelRequestValidator>();
        services.AddSingleton<IValidator<CarrierRequest>, CarrierRequestValidator>();
        return services;
    }

    public static void MapReferenceDataManagement(this IEndpointRouteBuilder app)
    {
        app.MapProductsApi();
        app.MapLocationsApi();
        app.MapChannelsApi();
        app.MapCarriersApi();
        app.MapReferenceDataAuditApi();
    }
}
