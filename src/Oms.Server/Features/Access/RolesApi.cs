using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Access;
using Oms.Domain.Common;
using Oms.Persistence;
using Oms.Server.Core.Commands;
using Oms.Server.Web;
using Oms.Server.Web.Access;

namespace Oms.Server.Features.Access;

/// <summary>Roles as data: the built-in ones can be reshaped, and a retailer may add its own.</summary>
public static class RolesApi
{
    public static void MapRolesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/permissions", () => TypedResults.Ok(Permissions.Descriptions.Select(p => new PermissionResponse(p.Key, p.Value)).ToList()))
            .RequirePermission(Permissions.AccessManage).WithTags("Access")
            .WithName("ListPermissions").WithSummary("Every permission a role can grant, with what it allows");

        var g = app.MapGroup("/api/roles").WithTags("Access");

        g.MapGet("/", async Task<Ok<List<RoleResponse>>> (OmsDbContext db, CancellationToken ct)
                => TypedResults.Ok((await db.Roles.AsNoTracking().OrderBy(r => r.Name).ToListAsync(ct)).Select(RoleResponse.From).ToList()))
            .RequirePermission(Permissions.AccessManage)
            .WithName("ListRoles").WithSummary("The roles and the permissions each grants");

        g.MapGet("/{name}", async Task<Ok<RoleResponse>> (string name, OmsDbContext db, CancellationToken ct)
                => TypedResults.Ok(RoleResponse.From(await db.Roles.AsNoTracking().FirstOrDefaultAsync(r => r.Name == name, ct)
                    ?? throw new NotFoundException("Role", name))))
            .RequirePermission(Permissions.AccessManage)
            .WithName("GetRole").WithSummary("One role").ProducesProblem(404);

        g.MapPut("/{name}", async Task<Results<Created<RoleResponse>, Ok<RoleResponse>>> (string name, RoleRequest body, HttpContext http,
                CommandBus bus, OmsDbContext db, CancellationToken ct) =>
            {
                await AccessValidators.Role.ValidateAndThrowAsync(body, ct);
                if (name.Length > 64 || !System.Text.RegularExpressions.Regex.IsMatch(name, "^[a-z][a-z0-9-]*$"))
                    throw new BusinessRuleException("name", "A role's name is lower-case letters, digits and -, at most 64 characters.");
                var (role, created) = await bus.RunAsync(http.Caller(), async (ctx, token) =>
                {
                    var existing = await ctx.Db.Roles.FirstOrDefaultAsync(r => r.Name == name, token);
                    var by = ctx.Actor.ToString();
                    if (existing is null)
                    {
                        var added = new Role(name, body.Description ?? "", body.ActorKind ?? "user", body.Permissions!, body.StoreScoped ?? false,
                            builtIn: false, ctx.Now, by);
                        ctx.Db.Roles.Add(added);
                        return (added, true);
                    }
                    existing.Change(body.Description ?? existing.Description, body.ActorKind ?? existing.ActorKind, body.Permissions!,
                        body.StoreScoped ?? existing.StoreScoped, ctx.Now, by);
                    return (existing, false);
                }, ct);
                RoleCatalogue.Invalidate(db);
                return created ? TypedResults.Created($"/api/roles/{name}", RoleResponse.From(role)) : TypedResults.Ok(RoleResponse.From(role));
            })
            .RequirePermission(Permissions.AccessManage)
            .WithName("PutRole").WithSummary("Create a role (201) or replace its permissions (200); every node applies it within a second")
            .ProducesValidationProblem().ProducesProblem(422);
    }
}
