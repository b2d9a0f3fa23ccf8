using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Oms.Domain.Access;
using Oms.Server.Web.Access;

namespace Oms.Server.Web.OpenApi;

/// <summary>
/// Each operation says who may call it: the permission it needs (and which built-in roles grant it), any signed-in
/// caller, or anyone; and the 401/403 answers that follow from it.
/// </summary>
internal sealed class AccessPolicies : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        string? policy = null;
        if (metadata.OfType<PermissionMetadata>().FirstOrDefault() is { } p)
        {
            var roles = BuiltInRoles.All.Where(r => r.Permissions.Contains(p.Permission)).Select(r => r.Name);
            policy = $"**Access:** needs the permission `{p.Permission}` (built-in roles: {string.Join(", ", roles)}).";
        }
        else if (metadata.OfType<SignedInEndpointMetadata>().Any()) policy = "**Access:** any signed-in user or key.";
        else if (metadata.OfType<PublicEndpointMetadata>().FirstOrDefault() is { } open) policy = $"**Access:** public. {open.Why}";
        if (policy is null) return Task.CompletedTask;
        operation.Description = string.IsNullOrEmpty(operation.Description) ? policy : operation.Description + "\n\n" + policy;
        return Task.CompletedTask;
    }
}
