using Oms.Carriers;
using Oms.Server.Core;

namespace Oms.Server.Features.ReturnShipping;

public static class ReturnShippingSetup
{
    /// <summary>
    /// The carrier adapters (<c>Carriers:Sendcloud</c>) and the handler that gets return labels and collections. Without
    /// carrier keys the server still starts: each return that needs a label records why none could be made.
    /// </summary>
    public static IServiceCollection AddReturnShipping(this IServiceCollection services, IConfiguration config)
    {
        services.AddOmsCarriers(config);
        services.AddOutboxHandler<ReturnLabelHandler>();
        return services;
    }
}
