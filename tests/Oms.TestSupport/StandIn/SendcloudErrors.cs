using System.Text.Json.Nodes;

namespace Oms.TestSupport.StandIn;

/// <summary>
/// Sendcloud's error bodies: API v2 <c>{"error": {"code", "request", "message"}}</c>, API v3
/// <c>{"errors": [{"status", "code", "detail", "source": {"pointer"}}]}</c>.
/// </summary>
internal static class SendcloudErrors
{
    public static Answer V2(int status, string request, string message) =>
        new(status, new JsonObject { ["error"] = new JsonObject { ["code"] = status, ["request"] = request, ["message"] = message } });

    public static Answer V3(int status, string code, string detail, string? pointer = null)
    {
        var error = new JsonObject { ["status"] = status.ToString(System.Globalization.CultureInfo.InvariantCulture), ["code"] = code, ["detail"] = detail };
        if (pointer is not null)
        {
            error["source"] = new JsonObject { ["pointer"] = pointer };
        }

        return new(status, new JsonObject { ["errors"] = new JsonArray(error) });
    }

    public static Answer Unauthorised(string request) => V2(401, request, "Invalid username/password.");
}
