using FluentValidation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oms.Domain.Common;
using Oms.Persistence;
using Oms.Persistence.Identity;
using Oms.Server.Web;
using Oms.Server.Web.Access;
using Oms.Server.Web.Hardening;

namespace Oms.Server.Features.Access;

/// <summary>Sign-in for people: a bearer token for API use, or the session cookie for the console.</summary>
public static class AuthApi
{
    /// <summary>A hash to verify against when the user does not exist, so that the answer takes as long as for one who does.</summary>
    private static readonly Lazy<string> Decoy = new(() => new PasswordHasher<OmsUser>().HashPassword(new OmsUser(), Guid.NewGuid().ToString()));

    public static void MapAuthApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/auth").WithTags("Access");

        g.MapPost("/sign-in", async Task<Results<Ok<AccessTokenResponse>, EmptyHttpResult, NoContent>> (SignInRequest body, bool? useCookie,
                HttpContext http, UserManager<OmsUser> users, SignInManager<OmsUser> signIn, OmsDbContext db, TimeProvider clock,
                CancellationToken ct) =>
            {
                await AccessValidators.SignIn.ValidateAndThrowAsync(body, ct);
                var user = await users.FindByNameAsync(body.UserName!);
                if (user is null || user.Disabled)
                {
                    users.PasswordHasher.VerifyHashedPassword(new OmsUser(), Decoy.Value, body.Password!);
                    throw WrongPassword();
                }
                signIn.AuthenticationScheme = useCookie == true ? IdentityConstants.ApplicationScheme : IdentityConstants.BearerScheme;
                var result = await signIn.PasswordSignInAsync(user, body.Password!, isPersistent: false, lockoutOnFailure: true);
                if (result.IsLockedOut)
                    throw new UnauthenticatedException("locked-out",
                        $"The account is locked after {AccessSetup.MaxFailedSignIns} wrong passwords in a row, until "
                        + $"{user.LockoutEnd:yyyy-MM-dd HH:mm} UTC; an administrator can unlock it sooner.");
                if (!result.Succeeded) throw WrongPassword();
                var now = clock.GetUtcNow().UtcDateTime;
                await db.Set<OmsUser>().Where(u => u.Id == user.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.LastSignInAt, now), ct);
                // The bearer handler has written the token; the cookie handler has set the cookie.
                return useCookie == true ? TypedResults.NoContent() : TypedResults.Empty;
            })
            .Public("Signing in is how a person gets a credential.")
            .RequireRateLimiting(RateLimitPolicies.SignIn)
            .WithName("SignIn")
            .WithSummary("Sign in with a user name and password: a bearer token (default) or the session cookie (useCookie=true); "
                + $"the {AccessSetup.MaxFailedSignIns}th wrong password in a row locks the account")
            .ProducesValidationProblem().ProducesProblem(401).ProducesProblem(429);

        g.MapPost("/refresh", async Task<Results<SignInHttpResult, ChallengeHttpResult>> (RefreshRequest body,
                IOptionsMonitor<BearerTokenOptions> tokens, SignInManager<OmsUser> signIn, TimeProvider clock) =>
            {
                if (string.IsNullOrEmpty(body.RefreshToken)) return TypedResults.Challenge();
                var ticket = tokens.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(body.RefreshToken);
                if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires
                    || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { Disabled: false } user)
                    return TypedResults.Challenge();
                return TypedResults.SignIn(await signIn.CreateUserPrincipalAsync(user), authenticationScheme: IdentityConstants.BearerScheme);
            })
            .Public("A refresh token is itself the credential.")
            .RequireRateLimiting(RateLimitPolicies.SignIn)
            .WithName("RefreshToken").WithSummary("A new bearer token for a refresh token that is still valid")
            .Produces<AccessTokenResponse>().ProducesValidationProblem().ProducesProblem(401);

        g.MapPost("/sign-out", async Task<NoContent> (HttpContext http) =>
            {
                await http.SignOutAsync(IdentityConstants.ApplicationScheme);
                return TypedResults.NoContent();
            })
            .Public("Ends the session cookie, if any.")
            .WithName("SignOut").WithSummary("End the console session (the cookie); bearer tokens simply expire");

        g.MapGet("/me", (HttpContext http) =>
            {
                var caller = http.Caller();
                return TypedResults.Ok(new MeResponse(caller.Actor.ToString(), caller.Roles, caller.Permissions.Order(StringComparer.Ordinal).ToList(),
                    caller.Scope.Locations?.Order(StringComparer.Ordinal).ToList(), caller.Scope.Channel));
            })
            .SignedIn()
            .WithName("WhoAmI").WithSummary("Who the OMS takes the caller to be: the actor it records, roles, permissions and reach")
            .ProducesProblem(401);
    }

    private static UnauthenticatedException WrongPassword() => new("wrong-credentials", "The user name or password is wrong.");
}
