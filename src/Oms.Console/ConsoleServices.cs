using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using MudBlazor.Services;
using Oms.Ui.Api;
using Oms.Ui.Components;

namespace Oms.Ui;

/// <summary>Registers and maps the console; the server calls these (src/Oms.Server/Web/ConsoleHosting.cs).</summary>
public static class ConsoleServices
{
    public static IServiceCollection AddOmsConsole(this IServiceCollection services)
    {
        // A prerendered page's answers reach the circuit in the browser's first message to the hub (PrerenderedAnswers keeps
        // them under PrerenderedAnswers.MaxBytes), which SignalR's default 32 KB limit would refuse: the circuit would not start.
        services.AddRazorComponents().AddInteractiveServerComponents()
            .AddHubOptions(hub => hub.MaximumReceiveMessageSize = PrerenderedAnswers.MaxHubMessageBytes);
        services.AddMudServices();
        services.AddHttpContextAccessor();
        // Cookies are set per request from the circuit's session, never kept by the handler (it is shared by every user).
        services.AddHttpClient(OmsApi.ClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false });
        services.AddSingleton<ApiAddress>();
        services.AddSingleton<ConsoleRelay>();
        services.AddScoped<ConsoleSession>();
        services.AddScoped<OmsApi>();
        services.AddScoped<ConsolePerson>();
        services.AddScoped<PrerenderedAnswers>();
        return services;
    }

    /// <summary>
    /// The console's pages, rendered interactively on the server and prerendered: a full page load shows the page's data in
    /// the HTML, read with the browser's session cookie, and the circuit takes over from the state written into the page.
    /// </summary>
    public static RazorComponentsEndpointConventionBuilder MapOmsConsole(this IEndpointRouteBuilder app)
    {
        var builder = app.MapRazorComponents<App>();
        builder.AddInteractiveServerRenderMode();
        // The pages take no form posts (every form works over the circuit), so a page answers GET and HEAD only; a POST
        // to a page is the API's 405 problem instead of the framework's antiforgery text.
        builder.Add(endpoint =>
        {
            var methods = endpoint.Metadata.OfType<Microsoft.AspNetCore.Routing.HttpMethodMetadata>().LastOrDefault();
            if (methods is null || !methods.HttpMethods.Contains("POST")) return;
            endpoint.Metadata.Remove(methods);
            endpoint.Metadata.Add(new Microsoft.AspNetCore.Routing.HttpMethodMetadata(["GET", "HEAD"]));
        });
        return builder;
    }
}
