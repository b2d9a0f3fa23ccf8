using Oms.Domain.Returns;

namespace Oms.Server.Features.Returns.Exchanges;

/// <summary>
/// When a channel's exchange orders are released. A seam: the per-channel returns settings document will answer it; until
/// then <see cref="ConfiguredExchangeReleasePolicy"/> reads the server's configuration. A carry-out at a till never asks: the
/// customer stands at the desk with the goods, so it is always at once.
/// </summary>
public interface IExchangeReleasePolicy
{
    ExchangeReleaseMode ModeFor(string channelCode);
}
