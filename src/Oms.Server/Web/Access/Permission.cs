using Microsoft.AspNetCore.Authorization;

namespace Oms.Server.Web.Access;

/// <summary>What an endpoint declares: the permission it needs, or that it is public. The route table test reads these.</summary>
public sealed record PermissionMetadata(string Permission);

/// <summary>An endpoint every signed-in caller may call, whatever its roles (who am I).</summary>
public sealed record SignedInEndpointMetadata;

/// <summary>An endpoint anyone may call (sign-in, health, the customer's own order page).</summary>
public sealed record PublicEndpointMetadata(string Why);

public sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;

public static class PermissionEndpoints
{
    /// <summary>The caller must hold <paramref name="permission"/> through one of its roles.</summary>
    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, string permission) where TBuilder : IEndpointConventionBuilder
    {
        builder.WithMetadata(new PermissionMetadata(permission));
        return builder.RequireAuthorization(p => p.RequireAuthenticatedUser().AddRequirements(new PermissionRequirement(permission)));
    }

    /// <summary>Any signed-in user or key may call it.</summary>
    public static TBuilder SignedIn<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
        => builder.WithMetadata(new SignedInEndpointMetadata()).RequireAuthorization(p => p.RequireAuthenticatedUser());

    /// <summary>Anyone may call it; <paramref name="why"/> says why that is safe.</summary>
    public static TBuilder Public<TBuilder>(this TBuilder builder, string why) where TBuilder : IEndpointConventionBuilder
        => builder.WithMetadata(new PublicEndpointMetadata(why)).AllowAnonymous();
}

internal sealed class PermissionHandler : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (context.Resource is HttpContext http && http.Caller().Has(requirement.Permission)) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
