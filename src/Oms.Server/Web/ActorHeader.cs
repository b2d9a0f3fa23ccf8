using Oms.Domain.Common;
using Oms.Server.Core.Json;

namespace Oms.Server.Web;

/// <summary>
/// Who is calling, from the <c>X-Actor</c> header (<c>agent:anna</c>, <c>wms:DC-CENTRAL</c>, <c>store:STORE-AMS</c>).
/// Authentication replaces this with the signed-in principal; until then it is what the timeline records.
/// </summary>
public static class ActorHeader
{
    public const string Name = "X-Actor";
    public const int MaxLength = 200;

    public static Actor From(HttpContext http)
    {
        var raw = http.Request.Headers[Name].ToString();
        if (string.IsNullOrWhiteSpace(raw)) return Actor.Parse(null);
        if (!TextRules.IsStorable(raw) || raw.Any(c => char.IsControl(c) || c == '\uFFFD'))
            throw QueryValues.Invalid(Name, $"The {Name} header contains characters that cannot be stored, or bytes that are not UTF-8.");
        // Stored as kind:name, and a bare name is user:name, so the limit applies to that.
        var actor = Actor.Parse(raw);
        if (raw.Length > MaxLength || actor.ToString().Length > MaxLength)
            throw QueryValues.Invalid(Name, $"The {Name} header must be at most {MaxLength} characters, counting the kind (a bare name is user:name).");
        return actor;
    }
}
