using Microsoft.AspNetCore.Http;
using System.Net;

namespace Oms.Ui.Api;

/// <summary>
/// The browser behind this circuit: its session cookie and address, as it sent them when the circuit connected. The console
/// calls the API with the cookie, so each request is that person's (their permissions and stores decide the answer), and
/// with the address, so rate limits count the browser. Both live only on the server, in the circuit's scope; neither is
/// ever written into a page.
/// </summary>
public sealed class ConsoleSession
{
    /// <summary>The cookie the server's sign-in sets (src/Oms.Server/Web/Access/AccessSetup.cs).</summary>
    public const string CookieName = "oms.session";

    public ConsoleSession(IHttpContextAccessor accessor)
    {
        // The circuit's services are created while the browser's connection (which carries the cookie) is handled.
        var http = accessor.HttpContext;
        if (http?.Request.Cookies[CookieName] is { Length: > 0 } cookie) Cookie = cookie;
        Address = http?.Connection.RemoteIpAddress;
    }

    public string? Cookie { get; }

    public IPAddress? Address { get; }
}
