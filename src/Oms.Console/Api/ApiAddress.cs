using Microsoft.Extensions.Configuration;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Oms.Ui.Api;

/// <summary>
/// Where the console reaches the API: <c>Oms:Console:ApiBaseAddress</c> when set (a node behind a proxy), otherwise this
/// server's own first listening address, with a wildcard host read as the loopback.
/// </summary>
public sealed class ApiAddress(IServer server, IConfiguration configuration)
{
    public const string Setting = "Oms:Console:ApiBaseAddress";

    private Uri? _address;

    public Uri Get()
    {
        if (_address is not null) return _address;
        var configured = configuration[Setting];
        var listening = configured is { Length: > 0 } ? configured
            : server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
                ?? throw new InvalidOperationException($"The server has no listening address; set {Setting}.");
        var builder = new UriBuilder(listening.Replace("://+", "://localhost", StringComparison.Ordinal)
            .Replace("://*", "://localhost", StringComparison.Ordinal));
        if (builder.Host is "0.0.0.0" or "localhost") builder.Host = "127.0.0.1";
        else if (builder.Host is "[::]" or "::") builder.Host = "[::1]";
        return _address = builder.Uri;
    }
}
