using Oms.Domain.Access;
using Oms.Server.Web.Access;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Orders;
using Oms.Domain.Sourcing;
using Oms.Persistence;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Configuration;
using Oms.Server.Core.Configuration.Documents;
using Oms.Server.Core.Configuration.Documents.Sourcing;
using Oms.Server.Core.Contracts;
using Oms.Server.Core.Sourcing;
using Oms.Server.Web;
using Oms.Server.Web.OpenApi;

namespace Oms.Server.Features.Sourcing;

/// <summary>
/// Sourcing rule sets as versioned data: validated on save, activated without a restart, audited. A rule set applies
/// to a key: <c>{channel}:{deliveryMethod}</c>, <c>{channel}</c>, <c>*:{deliveryMethod}</c> or <c>default</c>; an order's
/// lines use the most specific active one, and the built-in default when none is active.
/// </summary>
public static class SourcingRulesApi
{
    public static void MapSourcingRulesApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/sourcing/rule-sets").WithTags("Sourcing");

        g.MapGet("/", async Task<Ok<CursorPage<ActiveRuleSetResponse>>> (int? limit, string? cursor, OmsDbContext db, CancellationToken ct) =>
            {
                var take = PageCursor.Limit(limit);
                var after = KeyCursor.Parse(cursor);
                var q = db.ConfigurationVersions.AsNoTracking().Where(c => c.Kind == SourcingRuleSets.Kind && c.Active);
                if (after is not null) q = q.Where(c => string.Compare(c.Key, after) > 0);
                var rows = await q.OrderBy(c => c.Key).Take(take + 1)
                    .Select(c => new ActiveRuleSetResponse(c.Key, c.Version, c.ActivatedBy ?? c.CreatedBy, c.ActivatedAt, c.Comment)).ToListAsync(ct);
                return TypedResults.Ok(KeyCursor.Page(rows, take, r => r.Key, r => r));
            })
            .RequirePermission(Permissions.RulesRead).WithName("ListRuleSets").WithSummary("The active sourcing rule set of every key, by key, cursor-paged").ProducesValidationProblem();

        g.MapGet("/default-document", () => TypedResults.Text(SourcingRuleSetDocuments.Write(SourcingRuleSet.Default), "application/json"))
            .RequirePermission(Permissions.RulesRead).WithName("GetBuiltInRuleSet").WithSummary("The built-in rule set that applies where no rule set is active, as a starting point");

        g.MapGet("/{key}", async Task<Ok<ConfigurationVersionResponse>> (string key, OmsDbContext db, CancellationToken ct)
                => TypedResults.Ok(ConfigurationVersionResponse.From(await db.ActiveAsync(SourcingRuleSets.Kind, key, ct)
                    ?? throw new NotFoundException("Active rule set", key))))
            .RequirePermission(Permissions.RulesRead).WithName("GetRuleSet").WithSummary("The active rule set of a key").ProducesProblem(404);

        g.MapGet("/{key}/versions", async Task<Ok<CursorPage<ConfigurationVersionResponse>>> (string key, int? limit, string? cursor, OmsDbContext db,
                CancellationToken ct) => TypedResults.Ok(await db.PageAsync(SourcingRuleSets.Kind, key, limit, cursor, ct)))
            .RequirePermission(Permissions.RulesRead).WithName("ListRuleSetVersions")
            .WithSummary("Every version of a key's rule set, newest first, with who saved and activated it; cursor-paged")
            .ProducesValidationProblem();

        g.MapPut("/{key}", async Task<Ok<ConfigurationVersionResponse>> (string key, SaveRuleSetRequest body, HttpContext http, CommandBus bus,
                CancellationToken ct)
                => TypedResults.Ok(ConfigurationVersionResponse.From(await bus.SendAsync(
                    new SaveSourcingRules(key, DocumentBody.Read<SourcingRuleSetDocument>(body.Document, "document"), body.Comment, body.Activate), ActorHeader.From(http), ct))))
            .ReadsActor().RequirePermission(Permissions.RulesWrite).WithName("SaveRuleSet")
            .WithSummary("Save a new version of a key's rule set (validated), activated at once unless activate is false; the next order uses it")
            .ProducesProblem(422);

        g.MapPost("/{key}/versions/{version:int}/activate", async Task<Ok<ConfigurationVersionResponse>> (string key, int version, HttpContext http,
                CommandBus bus, CancellationToken ct)
                => TypedResults.Ok(ConfigurationVersionResponse.From(await bus.SendAsync(
                    new ActivateConfigurationVersion(SourcingRuleSets.Kind, key, version), ActorHeader.From(http), ct))))
            .ReadsActor().RequirePermission(Permissions.RulesWrite).WithName("ActivateRuleSetVersion")
            .WithSummary("Activate an earlier (or a saved, inactive) version of a key's rule set: a rollback without a deploy")
            .ProducesProblem(404);

        app.MapGet("/api/orders/{idOrNumber}/sourcing", async Task<Ok<List<SourcingDecisionResponse>>> (string idOrNumber, HttpContext http, OmsDbContext db,
                CancellationToken ct) =>
            {
                var visible = http.Caller().Scope.Filter(db.Orders);
                var id = Guid.TryParse(idOrNumber, out var g) ? g
                    : await visible.Where(o => o.Number == idOrNumber).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(ct) ?? throw new NotFoundException("Order", idOrNumber);
                if (!await visible.AnyAsync(o => o.Id == id, ct)) throw new NotFoundException("Order", idOrNumber);
                var decisions = await db.Set<SourcingDecision>().AsNoTracking().Where(d => d.OrderId == id).OrderBy(d => d.At).ThenBy(d => d.Id).ToListAsync(ct);
                return TypedResults.Ok(decisions.Select(d => new SourcingDecisionResponse(d.At, d.RuleSet, d.Summary,
                    JsonDocument.Parse(d.Explanation).RootElement.Clone())).ToList());
            })
            .WithTags("Sourcing").RequirePermission(Permissions.OrdersRead).WithName("GetSourcingDecisions")
            .WithSummary("Every sourcing decision of an order: candidates, filters, scores and the chosen plan")
            .ProducesProblem(404);
    }
}
