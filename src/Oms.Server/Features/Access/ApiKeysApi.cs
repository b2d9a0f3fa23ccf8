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

/// <summary>
/// Keys for systems: channels, tills, warehouse systems, carriers, payment notifications. The secret is shown once;
/// only its hash is kept. A revoked key fails on the next request, on every node.
/// </summary>
public static class ApiKeysApi
{
    public static void MapApiKeysApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/api-keys").WithTags("Access");

        g.MapPost("/", async Task<Created<CreatedApiKeyResponse>> (ApiKeyRequest body, HttpContext http, CommandBus bus, CancellationToken ct) =>
            {
                await AccessValidators.Key.ValidateAndThrowAsync(body, ct);
                var (keyId, secret) = ApiKey.NewSecret();
                var key = await bus.RunAsync(http.Caller(), async (ctx, token) =>
                {
                    await AccessReferences.CheckAsync(ctx.Db, body.Roles!, body.Locations ?? [], "locations", body.Channel, token);
                    var created = new ApiKey(Ids.Next(ctx.Now), keyId, body.Name!, body.Roles!, body.Channel, body.Locations ?? [],
                        body.MayActOnBehalf ?? false, ApiKey.Hash(secret), ctx.Now, ctx.Actor.ToString(),
                        body.ExpiresAt is { } e ? DateTime.SpecifyKind(e.ToUniversalTime(), DateTimeKind.Utc) : null);
                    ctx.Db.ApiKeys.Add(created);
                    return created;
                }, ct);
                return TypedResults.Created($"/api/api-keys/{key.Id}", new CreatedApiKeyResponse(ApiKey.Format(keyId, secret), ApiKeyResponse.From(key)));
            })
            .RequirePermission(Permissions.AccessManage)
            .WithName("CreateApiKey").WithSummary("Create a key for a system; the answer carries the secret, shown this once")
            .ProducesValidationProblem().ProducesProblem(422);

        g.MapGet("/", async Task<Ok<CursorPage<ApiKeyResponse>>> (bool? revoked, int? limit, string? cursor, OmsDbContext db,
                CancellationToken ct) =>
            {
                var take = PageCursor.Limit(limit);
                var after = KeyCursor.Parse(cursor);
                var q = db.ApiKeys.AsNoTracking();
                if (revoked is { } r) q = r ? q.Where(k => k.RevokedAt != null) : q.Where(k => k.RevokedAt == null);
                if (after is not null) q = q.Where(k => string.Compare(k.KeyId, after) > 0);
                var rows = await q.OrderBy(k => k.KeyId).Take(take + 1).ToListAsync(ct);
                return TypedResults.Ok(KeyCursor.Page(rows, take, k => k.KeyId, ApiKeyResponse.From));
            })
            .RequirePermission(Permissions.AccessManage)
            .WithName("ListApiKeys").WithSummary("The keys (never their secrets), with their last use; revoked=false keeps the live ones")
            .ProducesValidationProblem();

        g.MapGet("/{id:guid}", async Task<Ok<ApiKeyResponse>> (Guid id, OmsDbContext db, CancellationToken ct)
                => TypedResults.Ok(ApiKeyResponse.From(await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Id == id, ct)
                    ?? throw new NotFoundException("API key", id.ToString()))))
            .RequirePermission(Permissions.AccessManage)
            .WithName("GetApiKey").WithSummary("One key, with its last use").ProducesProblem(404);

        g.MapPost("/{id:guid}/revoke", async Task<Ok<ApiKeyResponse>> (Guid id, HttpContext http, CommandBus bus, CancellationToken ct)
                => TypedResults.Ok(ApiKeyResponse.From(await bus.RunAsync(http.Caller(), async (ctx, token) =>
                {
                    var key = await ctx.Db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id, token) ?? throw new NotFoundException("API key", id.ToString());
                    key.Revoke(ctx.Now, ctx.Actor.ToString());
                    return key;
                }, ct))))
            .RequirePermission(Permissions.AccessManage)
            .WithName("RevokeApiKey").WithSummary("Revoke a key: its next request fails, on every node; revoking twice is a no-op")
            .ProducesProblem(404);
    }
}
