using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Oms.Benchmarks.Capture;

/// <summary>
/// A bare <c>MapGet("/ping")</c> under <c>/bench</c>, in front of the server's own pipeline, in the same host: what ASP.NET
/// Core costs for a GET with routing and no work, the yardstick the availability endpoint is measured against. A branch
/// of its own, so that its routing does not meet the server's.
/// </summary>
internal sealed class PingEndpoint : IStartupFilter
{
    public const string Path = "/bench/ping";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Map("/bench", branch =>
        {
            branch.UseRouting();
            branch.UseEndpoints(e => e.MapGet("/ping", () => "pong"));
        });
        next(app);
    };
}
