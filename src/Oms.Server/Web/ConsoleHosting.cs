using Oms.Ui;
using Oms.Ui.Api;
using Oms.Server.Web.Access;

namespace Oms.Server.Web;

/// <summary>
/// The console (src/Oms.Console) in this server: its pages under <c>/console</c>, the customer's page at <c>/track</c>, and
/// their scripts and styles. The pages hold no data of their own; they call the API with the signed-in person's cookie.
/// </summary>
public static class ConsoleHosting
{
    public static WebApplicationBuilder AddOmsConsoleHost(this WebApplicationBuilder builder)
    {
        // The build output's static web assets (MudBlazor's and the console's files) also outside Development; a no-op when published.
        builder.WebHost.UseStaticWebAssets();
        // Run from the build output, MapStaticAssets would add a GET catch-all for files added after the build; it would turn
        // a POST to any unknown path into 405 instead of 404. The console's files are all known at build time.
        builder.Configuration["DisableStaticAssetNotFoundRuntimeFallback"] ??= "true";
        // Run from the build output, MapStaticAssets would also answer every file with no-cache (its development behaviour), so
        // each page load revalidated the styles and scripts. The manifest's own headers are right here too: the pages link the
        // fingerprinted names (App.razor, @Assets), cached as immutable; a rebuilt file gets a new name.
        builder.Configuration["EnableStaticAssetsDevelopmentCaching"] ??= "true";
        builder.Services.AddOmsConsole();
        return builder;
    }

    /// <summary>
    /// Before the rate limiter: a call the console makes on a browser's behalf counts as that browser's (see
    /// <see cref="ConsoleRelay"/>). The header is believed only with this process's secret and only over loopback.
    /// </summary>
    public static WebApplication UseOmsConsoleRelay(this WebApplication app)
    {
        var relay = app.Services.GetRequiredService<ConsoleRelay>();
        app.Use((http, next) =>
        {
            var value = http.Request.Headers[ConsoleRelay.Header].ToString();
            if (value.Length == 0) return next(http);
            http.Request.Headers.Remove(ConsoleRelay.Header);
            if (http.Connection.RemoteIpAddress is { } from && System.Net.IPAddress.IsLoopback(from) && relay.Browser(value) is { } browser)
                http.Connection.RemoteIpAddress = browser;
            return next(http);
        });
        return app;
    }

    public static WebApplication MapOmsConsoleHost(this WebApplication app)
    {
        app.UseAntiforgery();
        app.MapStaticAssets().Public("Scripts, styles and fonts of the console's pages; no data.");
        app.MapOmsConsole().Public("The console's pages hold no data: every figure comes from the API with the signed-in person's cookie.");
        return app;
    }
}
