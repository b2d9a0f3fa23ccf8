using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Orders;
using Oms.Domain.Sourcing;
using Oms.Persistence;
using Oms.Server.Features.Configuration;
using Oms.Server.Web;

namespace Oms.Server.Features.Sourcing;

public sealed record SaveRuleSetRequest(JsonElement? Document, string? Comment, bool? Activate);
public sealed record ActiveRuleSetResponse(string Key, int Version, string ActivatedBy, DateTime? ActivatedAt, string? Comment);
public sealed record SourcingDecisionResponse(DateTime At, string RuleSet, string Summary, JsonElement Explanation);

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

        g.MapGet("/", async Task<Ok<List<ActiveRuleSetResponse>>> (OmsDbContext db, CancellationToken ct)
                => TypedResults.Ok(await db.ConfigurationVersions.AsNoTracking()
                    .Where(c => c.Kind == ConfigurationStore.SourcingRules && c.Active).OrderBy(c => c.Key)
                    .Select(c => new ActiveRuleSetResponse(c.Key, c.Version, c.ActivatedBy ?? c.CreatedBy, c.ActivatedAt, c.Comment)).ToListAsync(ct)))
            .WithName("ListRuleSets").WithSummary("The active sourcing rule set of every key");

        g.MapGet("/default-document", () => TypedResults.Text(SourcingRuleSetParser.Serialize(SourcingRuleSetParser.Default), "application/json"))
            .WithName("GetBuiltInRuleSet").WithSummary("The built-in rule set that applies where no rule set is active, as a starting point");

        g.MapGet("/{key}", async Task<Ok<ConfigurationVersionResponse>> (string key, OmsDbContext db, CancellationToken ct)
                => TypedResults.Ok(ConfigurationVersionResponse.From(await db.ActiveAsync(ConfigurationStore.SourcingRules, key, ct)
                    ?? throw new NotFoundException("Active rule set", key))))
            .WithName("GetRuleSet").WithSummary("The active rule set of a key").ProducesProblem(404);

        g.MapGet("/{key}/versions", async Task<Ok<List<ConfigurationVersionResponse>>> (string key, OmsDbContext db, CancellationToken ct)
                => TypedResults.Ok((await db.HistoryAsync(ConfigurationStore.SourcingRules, key, ct)).Select(ConfigurationVersionResponse.From).ToList()))
            .WithName("ListRuleSetVersions").WithSummary("Every version of a key's rule set, newest first, with who saved and activated it");

        g.MapPut("/{key}", async Task<Ok<ConfigurationVersionResponse>> (string key, SaveRuleSetRequest body, HttpContext http, OmsDbContext db,
                CommandRunner runner, TimeProvider clock, CancellationToken ct) =>
            {
                if (body.Document is not { ValueKind: JsonValueKind.Object } doc)
                    throw new BusinessRuleException("document", "document must be a rule set (a JSON object); GET /api/sourcing/rule-sets/default-document shows one.");
                var canonical = SourcingRuleSetParser.Serialize(SourcingRuleSetParser.Parse(doc.GetRawText()));
                var actor = ActorHeader.From(http);
                var saved = await runner.RunAsync(async token =>
                {
                    await CheckKeyAsync(db, key, token);
                    return await db.SaveAsync(ConfigurationStore.SourcingRules, key, canonical, body.Comment, body.Activate ?? true, actor, clock.GetUtcNow().UtcDateTime, token);
                }, ct);
                return TypedResults.Ok(ConfigurationVersionResponse.From(saved));
            })
            .WithName("SaveRuleSet")
            .WithSummary("Save a new version of a key's rule set (validated), activated at once unless activate is false; the next order uses it")
            .ProducesProblem(422);

        g.MapPost("/{key}/versions/{version:int}/activate", async Task<Ok<ConfigurationVersionResponse>> (string key, int version, HttpContext http,
                OmsDbContext db, CommandRunner runner, TimeProvider clock, CancellationToken ct) =>
            {
                var actor = ActorHeader.From(http);
                var activated = await runner.RunAsync(async token =>
                {
                    var v = await db.ConfigurationVersions.FirstOrDefaultAsync(c => c.Kind == ConfigurationStore.SourcingRules && c.Key == key && c.Version == version, token)
                        ?? throw new NotFoundException("Rule set version", $"{key}@{version}");
                    await db.ActivateAsync(v, actor, clock.GetUtcNow().UtcDateTime, token);
                    return v;
                }, ct);
                return TypedResults.Ok(ConfigurationVersionResponse.From(activated));
            })
            .WithName("ActivateRuleSetVersion")
            .WithSummary("Activate an earlier (or a saved, inactive) version of a key's rule set: a rollback without a deploy")
            .ProducesProblem(404);

        app.MapGet("/api/orders/{idOrNumber}/sourcing", async Task<Ok<List<SourcingDecisionResponse>>> (string idOrNumber, OmsDbContext db, CancellationToken ct) =>
            {
                var id = Guid.TryParse(idOrNumber, out var g) ? g
                    : await db.Orders.Where(o => o.Number == idOrNumber).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(ct) ?? throw new NotFoundException("Order", idOrNumber);
                if (!await db.Orders.AnyAsync(o => o.Id == id, ct)) throw new NotFoundException("Order", idOrNumber);
                var decisions = await db.Set<SourcingDecision>().AsNoTracking().Where(d => d.OrderId == id).OrderBy(d => d.At).ThenBy(d => d.Id).ToListAsync(ct);
                return TypedResults.Ok(decisions.Select(d => new SourcingDecisionResponse(d.At, d.RuleSet, d.Summary,
                    JsonDocument.Parse(d.Explanation).RootElement.Clone())).ToList());
            })
            .WithTags("Sourcing").WithName("GetSourcingDecisions")
            .WithSummary("Every sourcing decision of an order: candidates, filters, scores and the chosen plan")
            .ProducesProblem(404);
    }

    /// <summary>The most specific active rule set for a channel and delivery method, with the label the explanation shows.</summary>
    public static async Task<(SourcingRuleSet Rules, string Label)> ResolveAsync(OmsDbContext db, string channel, DeliveryMethod method, CancellationToken ct)
    {
        var m = JsonNamingPolicy.CamelCase.ConvertName(method.ToString());
        string[] keys = [$"{channel}:{m}", channel, $"*:{m}", "default"];
        var active = await db.ConfigurationVersions.AsNoTracking()
            .Where(c => c.Kind == ConfigurationStore.SourcingRules && c.Active && keys.Contains(c.Key)).ToListAsync(ct);
        foreach (var key in keys)
        {
            if (active.Find(c => c.Key == key) is { } v) return (SourcingRuleSetParser.Parse(v.Document), $"{key}@{v.Version}");
        }
        return (SourcingRuleSetParser.Default, "built-in default");
    }

    private static async Task CheckKeyAsync(OmsDbContext db, string key, CancellationToken ct)
    {
        var parts = key.Split(':');
        var methods = Enum.GetNames<DeliveryMethod>().Select(JsonNamingPolicy.CamelCase.ConvertName).ToHashSet(StringComparer.Ordinal);
        var ok = key == "default"
            || (parts.Length == 1 && await db.Channels.AnyAsync(c => c.Code == key, ct))
            || (parts.Length == 2 && methods.Contains(parts[1]) && (parts[0] == "*" || await db.Channels.AnyAsync(c => c.Code == parts[0], ct)));
        if (!ok)
            throw new BusinessRuleException("key", $"'{key}' is not a rule-set key. Use default, a channel code, {{channel}}:{{deliveryMethod}} or *:{{deliveryMethod}} " +
                $"(delivery methods: {string.Join(", ", methods)}).");
    }
}

