using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Access;
using Oms.Domain.Common;
using Oms.Persistence;
using Oms.Persistence.Identity;
using Oms.Server.Web;
using Oms.Server.Web.Access;

namespace Oms.Server.Features.Access;

/// <summary>The people who sign in: created, changed, disabled and unlocked by an administrator. Users are never deleted.</summary>
public static class UsersApi
{
    public static void MapUsersApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/users").WithTags("Access");

        g.MapGet("/", async Task<Ok<CursorPage<UserResponse>>> (string? role, int? limit, string? cursor, OmsDbContext db, TimeProvider clock,
                CancellationToken ct) =>
            {
                var take = PageCursor.Limit(limit);
                var after = KeyCursor.Parse(cursor);
                var q = db.Set<OmsUser>().AsNoTracking();
                if (after is not null) q = q.Where(u => string.Compare(u.NormalizedUserName, after) > 0);
                var rows = await q.OrderBy(u => u.NormalizedUserName).Take(take + 1).ToListAsync(ct);
                // Roles are a JSON list in one column: filtered here, on a page of at most a few hundred users.
                if (role is not null) rows = rows.Where(u => u.Roles.Contains(role)).ToList();
                var now = clock.GetUtcNow().UtcDateTime;
                return TypedResults.Ok(KeyCursor.Page(rows, take, u => u.NormalizedUserName ?? "", u => UserResponse.From(u, now)));
            })
            .RequirePermission(Permissions.AccessManage)
            .WithName("ListUsers").WithSummary("The users by name, cursor-paged; role= keeps the holders of one role").ProducesValidationProblem();

        g.MapGet("/{userName}", async Task<Ok<UserResponse>> (string userName, UserManager<OmsUser> users, TimeProvider clock)
                => TypedResults.Ok(UserResponse.From(await users.FindByNameAsync(userName) ?? throw new NotFoundException("User", userName),
                    clock.GetUtcNow().UtcDateTime)))
            .RequirePermission(Permissions.AccessManage)
            .WithName("GetUser").WithSummary("One user: roles, stores, lock-out, last sign-in").ProducesProblem(404);

        g.MapPost("/", async Task<Created<UserResponse>> (UserRequest body, HttpContext http, UserManager<OmsUser> users, OmsDbContext db,
                TimeProvider clock, CancellationToken ct) =>
            {
                await AccessValidators.NewUser.ValidateAndThrowAsync(body, ct);
                await AccessReferences.CheckAsync(db, body.Roles!, body.Stores ?? [], "stores", null, ct);
                var now = clock.GetUtcNow().UtcDateTime;
                var user = new OmsUser
                {
                    Id = Ids.Next(now), UserName = body.UserName, Email = body.Email, DisplayName = body.DisplayName ?? body.UserName!,
                    Roles = body.Roles!.Distinct().ToList(), Stores = (body.Stores ?? []).Distinct().ToList(), Disabled = body.Disabled ?? false,
                    CreatedAt = now, CreatedBy = http.Caller().Actor.ToString(),
                };
                Check(await users.CreateAsync(user, body.Password!));
                return TypedResults.Created($"/api/users/{Uri.EscapeDataString(user.UserName!)}", UserResponse.From(user, now));
            })
            .RequirePermission(Permissions.AccessManage)
            .WithName("CreateUser").WithSummary("Create a user with a password, roles and (for store-scoped roles) stores")
            .ProducesValidationProblem().ProducesProblem(409).ProducesProblem(422);

        g.MapPut("/{userName}", async Task<Ok<UserResponse>> (string userName, UserRequest body, UserManager<OmsUser> users, OmsDbContext db,
                TimeProvider clock, CancellationToken ct) =>
            {
                var request = body with { UserName = body.UserName ?? userName };
                await AccessValidators.ChangedUser.ValidateAndThrowAsync(request, ct);
                if (!string.Equals(request.UserName, userName, StringComparison.OrdinalIgnoreCase))
                    throw new BusinessRuleException("A user's name cannot change; create a new user instead.",
                        new Dictionary<string, string[]> { ["userName"] = [$"The path names {userName}."] });
                await AccessReferences.CheckAsync(db, request.Roles!, request.Stores ?? [], "stores", null, ct);
                var user = await users.FindByNameAsync(userName) ?? throw new NotFoundException("User", userName);
                user.DisplayName = request.DisplayName ?? user.DisplayName;
                user.Email = request.Email ?? user.Email;
                user.Roles = request.Roles!.Distinct().ToList();
                user.Stores = (request.Stores ?? []).Distinct().ToList();
                user.Disabled = request.Disabled ?? user.Disabled;
                Check(await users.UpdateAsync(user));
                if (request.Password is not null)
                {
                    Check(await users.RemovePasswordAsync(user));
                    Check(await users.AddPasswordAsync(user, request.Password));
                }
                // Roles, stores or the password changed: tokens issued before stop working at once.
                Check(await users.UpdateSecurityStampAsync(user));
                return TypedResults.Ok(UserResponse.From(user, clock.GetUtcNow().UtcDateTime));
            })
            .RequirePermission(Permissions.AccessManage)
            .WithName("ReplaceUser").WithSummary("Change a user's roles, stores, name, e-mail, disabled state or password; "
                + "the user's existing tokens stop working")
            .ProducesValidationProblem().ProducesProblem(404).ProducesProblem(422);

        g.MapPost("/{userName}/unlock", async Task<Ok<UserResponse>> (string userName, UserManager<OmsUser> users, TimeProvider clock) =>
            {
                var user = await users.FindByNameAsync(userName) ?? throw new NotFoundException("User", userName);
                Check(await users.SetLockoutEndDateAsync(user, null));
                Check(await users.ResetAccessFailedCountAsync(user));
                return TypedResults.Ok(UserResponse.From(user, clock.GetUtcNow().UtcDateTime));
            })
            .RequirePermission(Permissions.AccessManage)
            .WithName("UnlockUser").WithSummary("Lift a lock-out after wrong passwords").ProducesProblem(404);
    }

    private static void Check(IdentityResult result)
    {
        if (result.Succeeded) return;
        var duplicate = result.Errors.FirstOrDefault(e => e.Code is "DuplicateUserName" or "DuplicateEmail");
        if (duplicate is not null) throw new ConflictException(duplicate.Description);
        var field = result.Errors.Any(e => e.Code.StartsWith("Password", StringComparison.Ordinal)) ? "password" : "userName";
        throw new BusinessRuleException(result.Errors.First().Description,
            new Dictionary<string, string[]> { [field] = result.Errors.Select(e => e.Description).ToArray() });
    }
}
