using Oms.Server.Core.Access;
using Oms.Server.Web.Access;

namespace Oms.Server.Web;

/// <summary>
/// Who is calling: the signed-in user or key (see <see cref="CallerResolution"/>), with the person a till names in
/// <c>X-Actor</c> when the key may act on their behalf. Commands take it so that the order door checks its scope.
/// </summary>
public static class ActorHeader
{
    public const string Name = CallerResolution.ActorHeader;
    public const int MaxLength = CallerResolution.MaxActorLength;

    public static Caller From(HttpContext http) => http.Caller();
}
