using System.Text.Json;
using System.Text.RegularExpressions;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Connectors;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Json;

namespace Oms.Server.Features.Connectors;

/// <summary>
/// Checks a connector against its kind's adapter (settings and secrets it needs), the channel (it exists and has no other
/// connector) and the mapping (locations exist), then stores it with its secrets encrypted. On a change, secrets given
/// replace the stored ones of the same name; the others stay.
/// </summary>
internal sealed partial class SaveConnectorHandler(ConnectorDirectory directory, ConnectorSecrets secrets)
    : ICommandHandler<SaveConnector, Connector>
{
    public async Task<Connector> HandleAsync(SaveConnector command, CommandContext ctx, CancellationToken ct)
    {
        var r = command.Request;
        var creating = command.Code is null;
        var code = (creating ? r.Code : command.Code)?.Trim() ?? "";
        var existing = creating ? null : await ctx.Db.Connectors.FirstOrDefaultAsync(c => c.Code == code, ct) ?? throw new NotFoundException("Connector", code);
        Check(r, code, creating, existing);
        var kind = existing?.Kind ?? r.Kind!.Value;
        var adapter = directory.Adapter(kind);
        var channel = r.Channel!.Trim();
        if (!await ctx.Db.Channels.AnyAsync(c => c.Code == channel, ct))
            throw new BusinessRuleException("channel", $"Unknown channel '{channel}'.");
        if (await ctx.Db.Connectors.AnyAsync(c => c.Channel == channel && c.Code != code, ct))
            throw new ConflictException($"Channel {channel} has a connector already; a channel has one connector (outbound goes to it).");
        if (creating && await ctx.Db.Connectors.AnyAsync(c => c.Code == code, ct))
            throw new ConflictException($"There is a connector {code} already.");

        var settings = r.Settings ?? [];
        foreach (var name in adapter.RequiredSettings.Where(n => settings[n] is null || settings[n]!.ToString().Length == 0))
            throw new BusinessRuleException($"settings.{name}", $"A {kind} connector needs the setting {name}.");
        var stored = existing is null ? new Dictionary<string, string>() : new Dictionary<string, string>(secrets.Unprotect(existing.ProtectedSecrets));
        foreach (var (name, value) in r.Secrets ?? new Dictionary<string, string>()) stored[name] = value;
        foreach (var name in adapter.RequiredSecrets.Where(n => !stored.TryGetValue(n, out var v) || string.IsNullOrEmpty(v)))
            throw new BusinessRuleException($"secrets.{name}", $"A {kind} connector needs the secret {name}.");
        var mapping = r.Mapping ?? ConnectorMapping.Empty;
        await CheckLocationsAsync(ctx, mapping, ct);

        var settingsJson = settings.ToJsonString();
        var mappingJson = JsonSerializer.Serialize(mapping, OmsJson.Options);
        var protectedSecrets = r.Secrets is null && existing is not null ? null : secrets.Protect(stored);
        var names = stored.Keys.Order(StringComparer.Ordinal).ToList();
        var actor = ctx.Actor.ToString();
        if (existing is null)
        {
            existing = new Connector(Ids.Next(ctx.Now), code, kind, channel, settingsJson, mappingJson, protectedSecrets, names, actor, ctx.Now);
            ctx.Db.Connectors.Add(existing);
        }
        else
        {
            existing.Configure(channel, settingsJson, mappingJson, protectedSecrets, names, actor, ctx.Now);
        }
        if (r.Enabled == false && existing.Enabled) existing.Pause("Saved as paused.", actor, ctx.Now);
        if (r.Enabled == true && !existing.Enabled) existing.Resume(actor, ctx.Now);
        return existing;
    }

    private static void Check(ConnectorRequest r, string code, bool creating, Connector? existing)
    {
        var errors = new List<ValidationFailure>();
        if (creating && !CodePattern().IsMatch(code))
            errors.Add(new("code", "code is required: 2 to 50 lower-case letters, digits and dashes, starting with a letter or digit."));
        if (creating && r.Kind is null)
            errors.Add(new("kind", "kind is required (shopify, wooCommerce, amazon, bol, x12)."));
        if (r.Kind is { } k && !Enum.IsDefined(k)) errors.Add(new("kind", "kind is not one of shopify, wooCommerce, amazon, bol, x12."));
        if (string.IsNullOrWhiteSpace(r.Channel)) errors.Add(new("channel", "channel is required."));
        if (r.Secrets is { } s && s.Any(kv => kv.Key.Length is 0 or > 100 || kv.Value is null || kv.Value.Length > 4000))
            errors.Add(new("secrets", "secrets are names (up to 100 characters) with values up to 4000 characters."));
        if (errors.Count > 0) throw new ValidationException(errors);
        if (existing is not null && r.Kind is { } kind && kind != existing.Kind)
            throw new BusinessRuleException("kind", $"Connector {code} is a {existing.Kind} connector; make a new one for {kind}.");
    }

    private static async Task CheckLocationsAsync(CommandContext ctx, ConnectorMapping mapping, CancellationToken ct)
    {
        if (mapping.Locations is not { Count: > 0 } locations) return;
        var wanted = locations.Values.Distinct(StringComparer.Ordinal).ToList();
        var known = await ctx.Db.Locations.Where(l => wanted.Contains(l.Code)).Select(l => l.Code).ToListAsync(ct);
        foreach (var (from, to) in locations.Where(kv => !known.Contains(kv.Value)))
            throw new BusinessRuleException($"mapping.locations.{from}", $"Location {to} does not exist.");
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,49}$")]
    private static partial Regex CodePattern();
}

internal sealed class PauseConnectorHandler : ICommandHandler<PauseConnector, Connector>
{
    public async Task<Connector> HandleAsync(PauseConnector command, CommandContext ctx, CancellationToken ct)
    {
        var c = await ctx.Db.Connectors.FirstOrDefaultAsync(x => x.Code == command.Code, ct) ?? throw new NotFoundException("Connector", command.Code);
        c.Pause(string.IsNullOrWhiteSpace(command.Reason) ? "Paused." : command.Reason.Trim(), ctx.Actor.ToString(), ctx.Now);
        return c;
    }
}

internal sealed class ResumeConnectorHandler : ICommandHandler<ResumeConnector, Connector>
{
    public async Task<Connector> HandleAsync(ResumeConnector command, CommandContext ctx, CancellationToken ct)
    {
        var c = await ctx.Db.Connectors.FirstOrDefaultAsync(x => x.Code == command.Code, ct) ?? throw new NotFoundException("Connector", command.Code);
        c.Resume(ctx.Actor.ToString(), ctx.Now);
        return c;
    }
}
