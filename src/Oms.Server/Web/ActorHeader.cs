using Oms.Domain.Common;

namespace Oms.Server.Web;

/// <summary>
/// Who is calling, from the <c>X-Actor</c> header (<c>agent:anna</c>, <c>wms:DC-CENTRAL</c>, <c>store:STORE-AMS</c>).
/// Authentication replaces this with the signed-in principal; until then it is what the timeline records.
/// </summary>
public static class ActorHeader
{
    public const string Name = "X-Actor";

    public static Actor From(HttpContext http, Actor? fallback = null)
    {
        var raw = http.Request.Headers[Name].ToString();
        return string.IsNullOrWhiteSpace(raw) ? fallback ?? Actor.Parse(null) : Actor.Parse(raw);
    }
}
