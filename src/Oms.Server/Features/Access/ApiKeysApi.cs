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
                    await CheckReferencesAsync(ctx.Db, body, token);
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

    private static async Task CheckReferencesAsync(OmsDbContext db, ApiKeyRequest body, CancellationToken ct)
    {
        var known = await RoleCatalogue.GetAsync(db, ct);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var unknownRoles = body.Roles!.Where(r => !known.ContainsKey(r)).ToList();
        if (unknownRoles.Count > 0) errors["roles"] = [$"Unknown role(s) {string.Join(", ", unknownRoles)}; see GET /api/roles."];
        if (body.Channel is { } channel && !await db.Channels.AnyAsync(c => c.Code == channel, ct))
            errors["channel"] = [$"Unknown channel {channel}."];
        var locations = body.Locations ?? [];
        var existing = await db.Locations.AsNoTracking().Where(l => locations.Contains(l.Code)).Select(l => l.Code).ToListAsync(ct);
        var unknown = locations.Except(existing, StringComparer.Ordinal).ToList();
        if (unknown.Count > 0) errors["locations"] = [$"Unknown location(s) {string.Join(", ", unknown)}."];
        if (body.Roles!.Any(r => known.TryGetValue(r, out var role) && role.StoreScoped) && locations.Count == 0)
            errors["locations"] = ["A store-scoped role (a till) reaches only the locations listed here: name its store."];
        if (errors.Count > 0) throw new BusinessRuleException(errors.Values.First()[0], errors);
    }
}
