using Oms.Domain.Returns;

namespace Oms.Server.Features.Returns.Exchanges;

/// <summary>
/// <c>Oms:Exchanges:ReleaseMode:{channel}</c> = <c>Advance</c> or <c>OnReceipt</c>; a channel not listed releases on
/// receipt (nothing leaves before the goods are back unless the retailer says so).
/// </summary>
internal sealed class ConfiguredExchangeReleasePolicy(IConfiguration config) : IExchangeReleasePolicy
{
    public const string Section = "Oms:Exchanges:ReleaseMode";

    public ExchangeReleaseMode ModeFor(string channelCode)
        => config.GetSection(Section).GetValue<ExchangeReleaseMode?>(channelCode) ?? ExchangeReleaseMode.OnReceipt;
}
