using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Oms.Server.Web.Access;

/// <summary>401 and 403 as problem+json that say what to do: sign in, or which permission the caller's roles lack.</summary>
internal sealed class AuthorizationProblems(IProblemDetailsService problems) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        if (result.Challenged)
        {
            context.Response.StatusCode = 401;
            context.Response.Headers.WWWAuthenticate = "Bearer, ApiKey";
            await Write(context, 401, "Sign-in required", "unauthenticated",
                "This operation needs a signed-in user (Authorization: Bearer <token> from POST /api/auth/sign-in, or the "
                + "sign-in cookie) or a system's key (X-Api-Key: oms_…). The credential sent, if any, is unknown, expired or revoked.");
            return;
        }
        if (result.Forbidden)
        {
            var needed = result.AuthorizationFailure?.FailedRequirements.OfType<PermissionRequirement>().Select(r => r.Permission).ToList() ?? [];
            var caller = context.Caller();
            context.Response.StatusCode = 403;
            await Write(context, 403, "Not allowed", "forbidden", needed.Count > 0
                ? $"You are signed in as {caller.Actor}; this operation needs the permission {string.Join(", ", needed)}, "
                    + $"which your role(s) ({(caller.Roles.Count == 0 ? "none" : string.Join(", ", caller.Roles))}) do not grant."
                : $"You are signed in as {caller.Actor} and may not do this.");
            return;
        }
        await _default.HandleAsync(next, context, policy, result);
    }

    private async Task Write(HttpContext context, int status, string title, string code, string detail)
    {
        var problem = ProblemMapping.Problem(status, title, detail, code);
        await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }
}
