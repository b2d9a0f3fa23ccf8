namespace Oms.Server.Core.Customers;

public static class PhoneNormalizerSetup
{
    /// <summary>
    /// Registers <see cref="PhoneNormalizer"/>; a <c>Oms:DefaultPhoneRegion</c> libphonenumber does not know stops the start.
    /// </summary>
    public static IServiceCollection AddPhoneNormalizer(this IServiceCollection services)
    {
        services.AddOptions<OmsOptions>()
            .Validate(o => PhoneNormalizer.IsSupportedRegion(o.DefaultPhoneRegion),
                "Oms:DefaultPhoneRegion must be a two-letter region code such as NL, BE or DE.")
            .ValidateOnStart();
        return services.AddSingleton<PhoneNormalizer>();
    }
}
